namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>ImageSharp.Web's resize modes (query value <c>rmode</c>, or <c>mode</c>).</summary>
public enum RenditionMode
{
    Crop,
    Max,
    Pad,
    BoxPad,
    Min,
    Stretch,
}
