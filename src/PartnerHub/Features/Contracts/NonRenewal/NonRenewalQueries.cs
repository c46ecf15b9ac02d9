using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts;

namespace PartnerHub.Features.Contracts.NonRenewal;

/// <summary>The letter behind a contract's recorded notice, read through the tenant filter (another partner's is not found).</summary>
public sealed class NonRenewalQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    /// <summary>The letter of the notice now recorded on <paramref name="contractId"/>; null when there is none or the contract is not the user's.</summary>
    public async Task<ContractLetter?> FindLetterAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var letterId = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId).Select(c => c.NonRenewalLetterId).SingleOrDefaultAsync(cancellationToken);
        return letterId is { } id
            ? await db.ContractLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id && l.ContractId == contractId, cancellationToken)
            : null;
    }
}
