using AgriPole.Cms.Core.Configuration;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Persistence;

/// <summary>Checks AgriPole:Cms at start (ValidateOnStart), so a bad setting fails the deploy, not the first request.</summary>
public sealed class CmsSettingsValidator : IValidateOptions<CmsSettings>
{
    public ValidateOptionsResult Validate(string? name, CmsSettings options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataFolder))
        {
            failures.Add($"{CmsSettings.SectionName}:DataFolder must not be empty.");
        }

        if (options.CacheInstructionPollInterval <= TimeSpan.Zero || options.CacheInstructionPollInterval > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{CmsSettings.SectionName}:CacheInstructionPollInterval must be between 00:00:00.001 and 00:10:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
