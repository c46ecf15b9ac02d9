using PartnerHub.Domain.Customers;
using PartnerHub.Features.Customers;
using PartnerHub.ScaleData.Catalogues;

namespace PartnerHub.ScaleData.Generation;

/// <summary>
/// Customers spread over the partners (the big ones have more), mostly in each partner's home prefecture: company names
/// of the usual legal forms with their readings, valid corporate numbers, addresses whose postal codes and phone numbers
/// belong to the city, a registered service contact (a few replaced since, kept as history). Every customer passes the
/// customer form's own validation before it is stored.
/// </summary>
internal sealed class CustomerStep(GenerationContext context)
{
    private readonly HashSet<string> _domains = new(StringComparer.Ordinal);

    public Task RunAsync(CorporateNumbers corporateNumbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corporateNumbers);
        var random = context.RandomFor(2);
        var partners = context.World.Partners;
        // A few large partners and a long tail, as sales channels go.
        var partnerWeights = Generate.Cumulative(partners.Select((_, i) => 1d / Math.Pow(i + 2, 0.7)));
        var regionWeights = Generate.Cumulative(Regions.All.Select(r => r.Weight));
        var customers = Enumerable.Range(0, context.Plan.Customers)
            .Select(_ => Make(partners[Generate.Weighted(partnerWeights, random)], regionWeights, corporateNumbers, random));
        return context.SaveInChunksAsync(customers, (db, c) => db.Customers.Add(c), "customers", context.Plan.Customers, cancellationToken);
    }

    private Customer Make(PartnerRef partner, double[] regionWeights, CorporateNumbers corporateNumbers, Random random)
    {
        bool home = random.NextDouble() < 0.65;
        int regionIndex = home ? partner.Region : Generate.Weighted(regionWeights, random);
        var region = Regions.All[regionIndex];
        var city = home && random.Next(2) == 0 ? region.Cities.FirstOrDefault(c => c.Name == partner.City) ?? region.Cities[0] : Generate.Pick(region.Cities, random);
        var company = CompanyName.Make(random);
        string domain = UniqueDomain(company.DomainStem);
        string? corporateNumber = company.CorporateKind is { } kind ? corporateNumbers.Next(regionIndex, kind) : null;
        var registeredAt = RegistrationTime(partner, random);
        var customer = new Customer(Generate.Id(random), partner.Id, company.Name, company.Kana, Contact(city, domain, company.IsSoleProprietor, random), registeredAt)
        {
            CorporateNumber = corporateNumber,
            PostalCode = Checked.PostalCode(Regions.PostalCode(city, random)),
            Prefecture = region.Prefecture,
            Address = Regions.Street(city, random),
            Phone = Checked.Phone(Regions.FixedLine(city, random)),
            Industry = company.Industry,
            // Chamber members are mostly the small firms.
            Segment = random.NextDouble() < (company.IsSmall ? 0.45 : 0.15) ? CustomerSegment.ChamberMember : CustomerSegment.Standard,
            NotificationEmails = random.Next(4) switch
            {
                0 => "it@" + domain,
                1 => "soc@" + domain,
                2 => "info@" + domain,
                _ => "it@" + domain + ", security@" + domain,
            },
            NotificationLanguage = random.NextDouble() < 0.04 ? "en" : "ja",
        };
        var span = context.Now - registeredAt;
        if (random.NextDouble() < 0.06 && span > TimeSpan.FromDays(60))
        {
            // The contact person changed (a transfer, a retirement); the earlier registration stays as history.
            var replacedAt = registeredAt + TimeSpan.FromDays(30 + (random.NextDouble() * (span.TotalDays - 31)));
            customer.ReplaceServiceContact(Contact(city, domain, company.IsSoleProprietor, random), replacedAt);
        }

        var errors = CustomerInput.From(customer).Validate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Generated customer {customer.Name} fails the customer form's checks: "
                + string.Join(", ", errors.Select(e => e.Key + "=" + e.Value)));
        }

        context.World.Customers.Add(new CustomerRef(customer.Id, partner, customer.Name, customer.Segment, customer.ServiceContact, region, city,
            customer.Address!, domain, registeredAt));
        return customer;
    }

    private static ServiceContact Contact(City city, string domain, bool soleProprietor, Random random)
    {
        var family = Generate.Pick(JapaneseNames.FamilyNames, random);
        var given = Generate.Pick(JapaneseNames.GivenNames, random);
        string email = random.Next(3) == 0 ? family.Romaji + "@" + domain : given.Romaji + "." + family.Romaji + "@" + domain;
        string phone = random.Next(5) < 2 ? Regions.Mobile(random) : Regions.FixedLine(city, random);
        return new ServiceContact(family.Text + " " + given.Text, family.Kana + " " + given.Kana, Checked.Email(email), Checked.Phone(phone),
            soleProprietor ? null : Generate.Pick(JapaneseNames.Departments, random));
    }

    // Customers join over the partner's years in the channel, more of them recently.
    private DateTimeOffset RegistrationTime(PartnerRef partner, Random random)
    {
        var first = partner.Since > context.Today.AddYears(-8) ? partner.Since : context.Today.AddYears(-8);
        int days = Math.Max(1, context.Today.DayNumber - 7 - first.DayNumber);
        var day = first.AddDays((int)(days * Math.Pow(random.NextDouble(), 0.7)));
        return Generate.OfficeTime(Generate.BusinessDayOnOrBefore(day), random);
    }

    private string UniqueDomain(string stem)
    {
        string domain = stem + ".example";
        for (int n = 2; !_domains.Add(domain); n++)
        {
            domain = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".example";
        }

        return domain;
    }
}

/// <summary>A company name in one of the usual legal forms, its reading (without the legal form) and its industry.</summary>
internal sealed record CompanyName(string Name, string Kana, string Industry, string DomainStem, int? CorporateKind, bool IsSmall, bool IsSoleProprietor)
{
    public static CompanyName Make(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        // A quarter of firms carry the founder's family name (鈴木工務店).
        var stem = random.Next(4) == 0 ? Generate.Pick(JapaneseNames.FamilyNames, random) : Generate.Pick(JapaneseNames.CompanyStems, random);
        var business = Generate.Pick(JapaneseNames.Businesses, random);
        string core = stem.Text + business.Text;
        string coreKana = stem.Kana + business.Kana;
        string coreDomain = stem.Romaji + "-" + business.Romaji;
        double form = random.NextDouble();
        return form switch
        {
            < 0.50 => new("株式会社" + core, coreKana, business.Industry, coreDomain, CorporateNumbers.StockCompany, false, false),
            < 0.78 => new(core + "株式会社", coreKana, business.Industry, coreDomain, CorporateNumbers.StockCompany, false, false),
            < 0.86 => new("有限会社" + core, coreKana, business.Industry, coreDomain, CorporateNumbers.LimitedCompany, true, false),
            < 0.89 => new("合同会社" + core, coreKana, business.Industry, coreDomain, CorporateNumbers.LimitedLiabilityCompany, true, false),
            < 0.92 => new("医療法人社団" + stem.Text + "会", stem.Kana + "カイ", "医療", stem.Romaji + "-mc", CorporateNumbers.OtherCorporation, true, false),
            < 0.94 => new("税理士法人" + stem.Text + "会計", stem.Kana + "カイケイ", "会計・税務", stem.Romaji + "-tax", CorporateNumbers.OtherCorporation, true, false),
            < 0.96 => new("社会福祉法人" + stem.Text + "会", stem.Kana + "カイ", "社会福祉", stem.Romaji + "-fukushi", CorporateNumbers.OtherCorporation, true, false),
            < 0.985 => new(stem.Text + "会計事務所", stem.Kana + "カイケイジムショ", "会計・税務", stem.Romaji + "-kaikei", null, true, true),
            _ => new(stem.Text + "歯科医院", stem.Kana + "シカイイン", "医療", stem.Romaji + "-dental", null, true, true),
        };
    }
}
