using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Organisations.Documents;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Organisations;

/// <summary>Organisations and their users, as far as the tenant filters let the current user see them.</summary>
public sealed class OrganisationQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<IReadOnlyList<OrganisationListItem>> ListAsync(OrganisationKind? kind = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisations = db.Organisations.AsNoTracking();
        if (kind is { } wanted)
        {
            organisations = organisations.Where(o => o.Kind == wanted);
        }

        return await organisations
            .OrderBy(o => o.Kind).ThenBy(o => o.NameKana)
            .Select(o => new OrganisationListItem(
                o.Id, o.Kind, o.Name, o.NameKana, o.IsActive,
                db.Users.Count(u => u.OrganisationId == o.Id),
                db.Customers.Count(c => c.PartnerId == o.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One page of the organisation list (<paramref name="kind"/> or all), by kind and kana, with the total.</summary>
    public async Task<PagedResult<OrganisationListItem>> ListPageAsync(OrganisationKind? kind, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisations = db.Organisations.AsNoTracking();
        if (kind is { } wanted)
        {
            organisations = organisations.Where(o => o.Kind == wanted);
        }

        return await organisations.OrderBy(o => o.Kind).ThenBy(o => o.NameKana).ThenBy(o => o.Id).ToPageAsync(request, page => page.Select(o => new OrganisationListItem(
                o.Id, o.Kind, o.Name, o.NameKana, o.IsActive,
                db.Users.Count(u => u.OrganisationId == o.Id),
                db.Customers.Count(c => c.PartnerId == o.Id))),
            cancellationToken);
    }

    /// <summary>One page of an organisation's users, by e-mail, with the total.</summary>
    public async Task<PagedResult<OrganisationUser>> ListUsersPageAsync(Guid organisationId, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId);
        int total = await users.CountAsync(cancellationToken);
        var page = await users.OrderBy(u => u.Email).ThenBy(u => u.Id).Skip(request.Skip).Take(request.Take)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var roles = await RolesOfAsync(db, page.Select(u => u.Id).ToList(), cancellationToken);
        return new PagedResult<OrganisationUser>(
            [.. page.Select(u => new OrganisationUser(u.Id, u.DisplayName, u.Email ?? string.Empty, roles[u.Id].ToList(), u.LockoutEnd, u.TwoFactorEnabled))],
            total);
    }

    public async Task<Organisation?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
    }

    /// <summary>The data of an organisation's master sheet (取引先台帳), or null when the user may not see it.</summary>
    public async Task<OrganisationMasterSheet?> GetMasterSheetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var users = await ListUsersAsync(id, cancellationToken);
        var customers = await db.Customers.AsNoTracking()
            .Where(c => c.PartnerId == id)
            .OrderBy(c => c.NameKana)
            .Select(c => new OrganisationMasterSheetCustomer(c.Name, c.NameKana, c.Prefecture, c.Segment, 0))
            .ToListAsync(cancellationToken);
        return new OrganisationMasterSheet
        {
            Kind = organisation.Kind,
            Name = organisation.Name,
            NameKana = organisation.NameKana,
            CorporateNumber = organisation.CorporateNumber,
            InvoiceRegistrationNumber = organisation.InvoiceRegistrationNumber,
            PostalCode = organisation.PostalCode,
            Address = organisation.Address,
            Phone = organisation.Phone,
            Representative = organisation.Representative,
            ContractStartDate = organisation.AgreementStartDate,
            Users = users.Select(u => new OrganisationMasterSheetUser(u.DisplayName, u.Email, u.Roles.Count > 0 ? u.Roles[0] : string.Empty)).ToList(),
            Customers = customers,
        };
    }

    public async Task<IReadOnlyList<OrganisationUser>> ListUsersAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId)
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var roles = await RolesOfAsync(db, users.Select(u => u.Id).ToList(), cancellationToken);
        return users.Select(u => new OrganisationUser(u.Id, u.DisplayName, u.Email ?? string.Empty, roles[u.Id].ToList(), u.LockoutEnd, u.TwoFactorEnabled))
            .ToList();
    }

    private static async Task<ILookup<string, string>> RolesOfAsync(HubDbContext db, List<string> userIds, CancellationToken cancellationToken)
    {
        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return roles.ToLookup(r => r.UserId, r => r.Name ?? string.Empty, StringComparer.Ordinal);
    }
}

public sealed record OrganisationListItem(Guid Id, OrganisationKind Kind, string Name, string NameKana, bool IsActive, int UserCount, int CustomerCount);

public sealed record OrganisationUser(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, DateTimeOffset? LockoutEnd, bool TwoFactorEnabled)
{
    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}
