using AgriPole.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Web.Features.Forms;

/// <param name="FormAlias">The form definition alias stored by the form picker, e.g. "contact".</param>
/// <param name="Page">The published page the form is placed on.</param>
public sealed record FormRenderRequest(string FormAlias, string Culture, PublishedContent Page, HttpContext HttpContext);
