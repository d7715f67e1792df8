namespace AgriPole.Cms.BackOffice.Pickers;

/// <summary>What a picker chooses: a page, a media item (folders are browsed, not picked) or a media folder.</summary>
public enum PickerKind
{
    Content,
    Media,
    Folder,
}
