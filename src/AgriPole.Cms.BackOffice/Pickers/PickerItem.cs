namespace AgriPole.Cms.BackOffice.Pickers;

/// <summary>One row of a picker dialog: what the editor reads (name, where it sits) and what the field stores (the key).</summary>
/// <param name="Path">Ancestors' names and its own, "Accueil › Actualités › Titre" (media: folders and the item).</param>
/// <param name="HasChildren">The dialog offers to open it (a page with children, a media folder with items).</param>
/// <param name="Thumbnail">A small rendition URL for images, null otherwise.</param>
/// <param name="Pickable">False for what is only browsed (a folder in a media picker).</param>
public sealed record PickerItem(Guid Key, string Name, string Path, bool HasChildren, string? Thumbnail, string Type, bool Pickable = true);
