using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing;

/// <summary>
/// Reads invoices for the register page, the detail page and the PDF download. Tenant isolation is stated here as well as in the
/// query filter: a partner's user reads only the documents concerning its own partner, and of those not the vendor's drafts
/// (a draft is finance's working paper until it is issued).
/// </summary>
public sealed class InvoiceQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    private static readonly SortMap<InvoiceListItem> s_sorts = new SortMap<InvoiceListItem>(nameof(InvoiceListItem.TransactionDate), defaultDescending: true)
        .Add(nameof(InvoiceListItem.TransactionDate), i => i.TransactionDate)
        .Add(nameof(InvoiceListItem.Number), i => i.Number)
        .Add(nameof(InvoiceListItem.RecipientName), i => i.RecipientName)
        .Add(nameof(InvoiceListItem.GrandTotal), i => i.GrandTotal)
        .Add(nameof(InvoiceListItem.DueDate), i => i.DueDate)
        .Add(nameof(InvoiceListItem.Status), i => i.Status)
        .ThenAlwaysBy(i => i.Id);

    public async Task<PagedResult<InvoiceListItem>> ListAsync(InvoiceListFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = Filtered(Rows(InBook(Visible(db), filter.Book, db.Tenant.OwnOrganisationId)), filter);
        return await s_sorts.Apply(rows, request).ToPageAsync(request, page => page, cancellationToken);
    }

    /// <summary>The document with its lines and totals per rate, if the user may see it.</summary>
    public async Task<InvoiceDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await Visible(db).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var creditNotes = await Visible(db).Where(i => i.OriginalInvoiceId == id)
            .Select(i => new RelatedInvoice(i.Id, i.Number, i.Status)).ToListAsync(cancellationToken);
        return new InvoiceDetail(invoice, creditNotes);
    }

    /// <summary>The name of the organisation issuing a visible document (for the message that its registration number is missing).</summary>
    public async Task<string?> IssuerNameAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Visible(db).Where(i => i.Id == id)
            .Join(db.Organisations, i => i.IssuerId, o => o.Id, (i, o) => o.Name).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The PDF as issued, if the user may see the document and it is in <paramref name="book"/>.</summary>
    public async Task<StoredInvoicePdf?> GetPdfAsync(Guid id, InvoiceBook book = InvoiceBook.Wholesale, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var number = await InBook(Visible(db), book, db.Tenant.OwnOrganisationId).Where(i => i.Id == id && i.Number != null).Select(i => i.Number).SingleOrDefaultAsync(cancellationToken);
        if (number is null)
        {
            return null;
        }

        var pdf = await db.InvoicePdfs.AsNoTracking().SingleOrDefaultAsync(p => p.InvoiceId == id, cancellationToken);
        return pdf is null ? null : new StoredInvoicePdf(number, pdf.Content, pdf.Sha256);
    }

    private static IQueryable<Invoice> Visible(HubDbContext db)
    {
        var invoices = db.Invoices.AsNoTracking().OfOwnPartner(db.Tenant);
        if (db.Tenant.SeesAllPartners)
        {
            return invoices;
        }

        Guid own = db.Tenant.OwnOrganisationId;
        return invoices.Where(i => i.Status != InvoiceStatus.Draft || i.IssuerId == own);
    }

    // Wholesale: documents to partners (finance's register; a partner's invoices from the vendor). Retail: the documents the user's
    // partner issued to its customers (the vendor never reads those: the query filter).
    private static IQueryable<Invoice> InBook(IQueryable<Invoice> invoices, InvoiceBook book, Guid ownOrganisationId) => book == InvoiceBook.Retail
        ? invoices.Where(i => i.RecipientKind == InvoiceRecipientKind.Customer && i.IssuerId == ownOrganisationId)
        : invoices.Where(i => i.RecipientKind == InvoiceRecipientKind.Partner);

    private static IQueryable<InvoiceListItem> Rows(IQueryable<Invoice> invoices) =>
        invoices.Select(i => new InvoiceListItem
        {
            Id = i.Id,
            Number = i.Number,
            Kind = i.Kind,
            Status = i.Status,
            PdfPending = i.Status != InvoiceStatus.Draft && i.PdfSha256 == null,
            PartnerId = i.PartnerId,
            RecipientName = i.RecipientName,
            TransactionDate = i.TransactionDate,
            DueDate = i.DueDate,
            TaxTotal = i.TaxTotal,
            GrandTotal = i.GrandTotal,
        });

    private static IQueryable<InvoiceListItem> Filtered(IQueryable<InvoiceListItem> rows, InvoiceListFilter filter)
    {
        if (filter.From is { } from)
        {
            rows = rows.Where(r => r.TransactionDate >= from);
        }

        if (filter.To is { } to)
        {
            rows = rows.Where(r => r.TransactionDate <= to);
        }

        if (filter.MinAmount is { } min)
        {
            var least = new Yen(min);
            rows = rows.Where(r => r.GrandTotal >= least);
        }

        if (filter.MaxAmount is { } max)
        {
            var most = new Yen(max);
            rows = rows.Where(r => r.GrandTotal <= most);
        }

        if (filter.PartnerId is { } partnerId)
        {
            rows = rows.Where(r => r.PartnerId == partnerId);
        }

        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (filter.Search is { } term)
        {
            rows = rows.Where(r => (r.Number != null && r.Number.Contains(term)) || r.RecipientName.Contains(term));
        }

        return rows;
    }
}

/// <summary>
/// The register's filters as they travel in its URL: transaction dates, amount range (tax included), counterparty (partner),
/// status, and a search over number and counterparty name (a customer's, in the retail book) (電子帳簿保存法's search keys: date, amount, counterparty).
/// </summary>
public sealed record InvoiceListFilter(
    DateOnly? From = null, DateOnly? To = null, long? MinAmount = null, long? MaxAmount = null, Guid? PartnerId = null,
    InvoiceStatus? Status = null, string? Search = null, InvoiceBook Book = InvoiceBook.Wholesale)
{
    public static InvoiceListFilter FromUrl(string? from, string? to, string? min, string? max, string? partner, string? status, string? search,
        InvoiceBook book = InvoiceBook.Wholesale) =>
        new(QueryValue.Date(from), QueryValue.Date(to), Amount(min), Amount(max), QueryValue.Id(partner), QueryValue.Enum<InvoiceStatus>(status),
            QueryValue.Text(search), book);

    private static long? Amount(string? value) =>
        long.TryParse(value?.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out long amount) ? amount : null;
}

/// <summary>Which documents a list shows: the vendor's to partners (wholesale), or a partner's to its customers (retail).</summary>
public enum InvoiceBook
{
    Wholesale,
    Retail,
}

/// <summary>A row of the invoice register; settable members so the database can sort by them.</summary>
public sealed record InvoiceListItem
{
    public required Guid Id { get; init; }

    public string? Number { get; init; }

    public required InvoiceKind Kind { get; init; }

    public required InvoiceStatus Status { get; init; }

    /// <summary>Issued, but its PDF has not been printed yet (<see cref="Invoice.IsPdfPending"/>).</summary>
    public bool PdfPending { get; init; }

    public required Guid PartnerId { get; init; }

    public required string RecipientName { get; init; }

    public required DateOnly TransactionDate { get; init; }

    public required DateOnly DueDate { get; init; }

    // Yen, not long: the database sorts and compares the stored column (a member of a converted value cannot be translated).
    public required Yen TaxTotal { get; init; }

    public required Yen GrandTotal { get; init; }
}

public sealed record RelatedInvoice(Guid Id, string? Number, InvoiceStatus Status);

public sealed record InvoiceDetail(Invoice Invoice, IReadOnlyList<RelatedInvoice> CreditNotes);

public sealed record StoredInvoicePdf(string Number, byte[] Content, string Sha256);
