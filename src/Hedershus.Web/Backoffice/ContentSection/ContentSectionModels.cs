using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Routing;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>The content section's start: the tree, creating at the top level and sorting the top level.</summary>
public sealed record ContentSectionModel(ContentTreeModel Tree, IReadOnlyList<DocumentType> RootTypes, IReadOnlyList<ContentSummary> Roots, string? Notice, bool NoticeIsError);

/// <summary>What is in the recycle bin (the top of each trashed branch).</summary>
public sealed record RecycleBinModel(ContentTreeModel Tree, IReadOnlyList<ContentSummary> Items, string Culture, string? Notice, bool NoticeIsError);

/// <summary>The recorded 301 redirects with the name of the node each leads to.</summary>
public sealed record RedirectsModel(ContentTreeModel Tree, IReadOnlyList<(RedirectListItem Redirect, string NodeName)> Items, long Total, string? Notice);
