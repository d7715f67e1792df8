using AgriPole.Cms.BackOffice.Identity;

namespace AgriPole.Cms.BackOffice.FormsInbox;

/// <summary>
/// Who reads form entries. Entries hold visitors' personal data, so least privilege: Editors and Administrators
/// (the <see cref="BackOfficePolicies.Publish"/> rule); Writers, who only draft content, do not see them.
/// GDPR tools and the outbox (mail addresses of everyone, SMTP errors) are for Administrators.
/// </summary>
public static class InboxPolicies
{
    public const string ReadEntries = BackOfficePolicies.Publish;

    public const string Administer = BackOfficePolicies.Administer;
}
