using Microsoft.AspNetCore.Components;

namespace PartnerHub.Features.Billing;

/// <summary>Where the wholesale (<c>billing/invoices</c>) and retail (<c>billing/retail-invoices</c>) pages of a document live.</summary>
public static class InvoicePaths
{
    public const string Wholesale = "billing/invoices";
    public const string Retail = "billing/retail-invoices";

    /// <summary>Whether the current page is one of the retail book's.</summary>
    public static bool IsRetail(NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return navigation.ToBaseRelativePath(navigation.Uri).StartsWith(Retail, StringComparison.OrdinalIgnoreCase);
    }

    public static string List(bool retail) => retail ? Retail : Wholesale;

    public static string Detail(bool retail, Guid id) => $"{List(retail)}/{id}";
}
