namespace AgriPole.Cms.BackOffice.Pickers;

/// <summary>A page of picker rows: <paramref name="Total"/> rows match in all, these start at <paramref name="Skip"/>.</summary>
/// <param name="Trail">When browsing a level: the parent and its ancestors from the root down (for the dialog's breadcrumb).</param>
public sealed record PickerPage(IReadOnlyList<PickerItem> Items, int Total, int Skip, int Take, IReadOnlyList<PickerItem> Trail)
{
    public bool HasMore => Skip + Items.Count < Total;
}
