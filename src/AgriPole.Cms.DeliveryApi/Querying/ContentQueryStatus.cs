namespace AgriPole.Cms.DeliveryApi.Querying;

public enum ContentQueryStatus
{
    Success,
    SelectorOptionNotFound,
    FilterOptionNotFound,
    SortOptionNotFound,
}
