namespace AgriPole.Cms.Imaging.Processing;

public readonly record struct ImageDimensions(int Width, int Height);
