using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Partners;
using PartnerHub.ScaleData.Catalogues;

namespace PartnerHub.ScaleData.Generation;

/// <summary>The twenty new sales partners (organisations with valid corporate and invoice numbers) beside the demo's three.</summary>
internal sealed class PartnerStep(GenerationContext context)
{
    private static readonly (Guid Id, string Prefecture, string City, string Domain)[] s_demoPartners =
    [
        (DemoOrganisations.MinatoPartner, "東京都", "港区", "minato.example"),
        (DemoOrganisations.HokurikuPartner, "石川県", "金沢市", "hokuriku.example"),
        (DemoOrganisations.SakuraPartner, "大阪府", "大阪市北区", "sakura.example"),
    ];

    public async Task RunAsync(CorporateNumbers corporateNumbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corporateNumbers);
        var random = context.RandomFor(1);
        await using (var db = context.CreateContext())
        {
            // The demo partners take customers too, so their demo logins see the hub at scale.
            var demo = await db.Organisations.Where(o => o.Kind == OrganisationKind.SalesPartner).ToListAsync(cancellationToken);
            foreach (var (id, prefecture, city, domain) in s_demoPartners)
            {
                var organisation = demo.Single(o => o.Id == id);
                context.World.Partners.Add(new PartnerRef(id, organisation.Name, Regions.IndexOf(prefecture), city, domain,
                    organisation.AgreementStartDate ?? context.Today.AddYears(-2), ["admin@" + domain, "staff@" + domain]));
            }
        }

        var partners = new List<Organisation>();
        foreach (var profile in PartnerCatalogue.NewPartners.Take(context.Plan.Partners))
        {
            int region = Regions.IndexOf(profile.Prefecture);
            var city = Regions.All[region].Cities.First(c => c.Name == profile.City);
            var since = new DateOnly(2016 + random.Next(0, 9), 1 + (3 * random.Next(0, 4)), 1);
            string corporate = corporateNumbers.Next(region, CorporateNumbers.StockCompany);
            var organisation = new Organisation(Generate.Id(random), OrganisationKind.SalesPartner, profile.Name, profile.Kana)
            {
                CorporateNumber = corporate,
                InvoiceRegistrationNumber = Checked.InvoiceRegistrationNumber("T" + corporate),
                PostalCode = Checked.PostalCode(Regions.PostalCode(city, random)),
                Address = profile.Prefecture + Regions.Street(city, random),
                Phone = Checked.Phone(Regions.FixedLine(city, random)),
                Representative = profile.Representative,
                AgreementStartDate = since,
            };
            partners.Add(organisation);
            var staff = Enumerable.Range(0, 4)
                .Select(_ => Generate.Pick(JapaneseNames.FamilyNames, random).Romaji + "@" + profile.Domain)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            context.World.Partners.Add(new PartnerRef(organisation.Id, organisation.Name, region, city.Name, profile.Domain, since, staff));
        }

        await context.SaveInChunksAsync(partners, (db, o) => db.Organisations.Add(o), "partners", partners.Count, cancellationToken);
    }
}

/// <summary>
/// Corporate numbers (法人番号) built as the registry builds them: a four-digit registry office, a two-digit kind of
/// company and a serial, with the check digit from the Domain's rule in front.
/// </summary>
internal sealed class CorporateNumbers
{
    public const int StockCompany = 1;
    public const int LimitedCompany = 2;
    public const int LimitedLiabilityCompany = 3;
    public const int OtherCorporation = 5;

    private readonly Dictionary<(int, int), int> _serials = [];

    public string Next(int region, int kind)
    {
        int serial = _serials.GetValueOrDefault((region, kind)) + 1;
        _serials[(region, kind)] = serial;
        string baseDigits = string.Create(CultureInfo.InvariantCulture, $"{(region + 1) * 100 + 1:D4}{kind:D2}{serial + 10_000:D6}");
        string number = CorporateNumber.ComputeCheckDigit(baseDigits).ToString(CultureInfo.InvariantCulture) + baseDigits;
        return CorporateNumber.Validate(number).IsValid ? number : throw new InvalidOperationException("Generated an invalid corporate number " + number);
    }
}
