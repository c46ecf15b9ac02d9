using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Catalogue;

/// <summary>
/// A hub of its own for the catalogue tests: they schedule price list versions and close calendar days, which would move
/// the prices and business days the rest of the suite computes with.
/// </summary>
public sealed class CatalogueHub() : HubAppFactory(new Dictionary<string, string>());
