namespace BfcNetwork.Mobility.Domain;

public enum ParticipantCategory
{
    Pupil,
    Student,
    Apprentice,
    JobSeeker,
    Volunteer,
}
