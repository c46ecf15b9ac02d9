using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Partners;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Infrastructure.Validation;

namespace PartnerHub.Features.Organisations;

/// <summary>Creates or updates an organisation (vendor administrators). Invalid input changes nothing.</summary>
public sealed class SaveOrganisation(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser)
{
    public async Task<SaveOrganisationResult> ExecuteAsync(OrganisationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.IsInRole(HubRoles.VendorAdmin))
        {
            return SaveOrganisationResult.Fail(SaveOrganisationStatus.NotAllowed);
        }

        var errors = OrganisationInputValidator.Validate(input);
        if (errors.Count > 0)
        {
            return new SaveOrganisationResult(SaveOrganisationStatus.Invalid, null, errors);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Organisation organisation;
        if (input.Id is { } id)
        {
            var existing = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (existing is null)
            {
                return SaveOrganisationResult.Fail(SaveOrganisationStatus.NotFound);
            }

            db.Entry(existing).Property(o => o.Version).OriginalValue = input.Version;
            organisation = existing;
            organisation.Name = input.Name.Trim();
            organisation.NameKana = input.NameKana.Trim();
        }
        else
        {
            organisation = new Organisation(Guid.NewGuid(), input.Kind, input.Name, input.NameKana);
            db.Organisations.Add(organisation);
        }

        organisation.CorporateNumber = FieldRules.NormalizeCorporateNumber(input.CorporateNumber);
        organisation.InvoiceRegistrationNumber = FieldRules.NormalizeInvoiceRegistrationNumber(input.InvoiceRegistrationNumber);
        organisation.PostalCode = FieldRules.NormalizePostalCode(input.PostalCode);
        organisation.Address = Normalize(input.Address);
        organisation.Phone = FieldRules.NormalizePhone(input.Phone);
        organisation.Representative = Normalize(input.Representative);
        organisation.AgreementStartDate = input.AgreementStartDate is { } start ? DateOnly.FromDateTime(start) : null;
        organisation.IsActive = input.IsActive;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOrganisationResult.Fail(SaveOrganisationStatus.Conflict);
        }

        return new SaveOrganisationResult(SaveOrganisationStatus.Saved, organisation.Id, new Dictionary<string, string>());
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public enum SaveOrganisationStatus
{
    Saved,
    Invalid,
    NotFound,
    NotAllowed,
    Conflict,
}

public sealed record SaveOrganisationResult(SaveOrganisationStatus Status, Guid? Id, IReadOnlyDictionary<string, string> Errors)
{
    public static SaveOrganisationResult Fail(SaveOrganisationStatus status) => new(status, null, new Dictionary<string, string>());
}
