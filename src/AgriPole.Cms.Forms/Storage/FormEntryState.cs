namespace AgriPole.Cms.Forms.Storage;

/// <summary>Where an entry is in the back-office inbox.</summary>
public enum FormEntryState
{
    New = 0,
    Handled = 1,
}
