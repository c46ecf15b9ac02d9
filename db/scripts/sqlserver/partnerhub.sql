IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AlertDailyCounts] (
        [ApplianceId] uniqueidentifier NOT NULL,
        [Day] date NOT NULL,
        [ThreatClass] nvarchar(32) NOT NULL,
        [PartnerId] uniqueidentifier NULL,
        [CustomerId] uniqueidentifier NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_AlertDailyCounts] PRIMARY KEY ([ApplianceId], [Day], [ThreatClass])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] uniqueidentifier NOT NULL,
        [At] datetimeoffset NOT NULL,
        [UserId] nvarchar(450) NULL,
        [UserName] nvarchar(256) NULL,
        [PartnerId] uniqueidentifier NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(450) NOT NULL,
        [Action] nvarchar(16) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [CalendarAdjustments] (
        [Id] uniqueidentifier NOT NULL,
        [CalendarCode] nvarchar(16) NOT NULL,
        [Kind] nvarchar(24) NOT NULL,
        [From] date NOT NULL,
        [To] date NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_CalendarAdjustments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [DataErasures] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NULL,
        [DueOn] date NOT NULL,
        [ErasedAt] datetimeoffset NOT NULL,
        [Summary] nvarchar(1000) NOT NULL,
        CONSTRAINT [PK_DataErasures] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [DeviceStateChanges] (
        [Id] uniqueidentifier NOT NULL,
        [ApplianceId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NULL,
        [At] datetimeoffset NOT NULL,
        [From] nvarchar(16) NOT NULL,
        [To] nvarchar(16) NOT NULL,
        [Issues] int NOT NULL,
        [Restart] bit NOT NULL,
        CONSTRAINT [PK_DeviceStateChanges] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [GuidanceBatches] (
        [Id] uniqueidentifier NOT NULL,
        [FiscalYear] int NOT NULL,
        [TermEndsOn] date NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [StartedBy] nvarchar(256) NOT NULL,
        [FinishedAt] datetimeoffset NULL,
        [Total] int NOT NULL,
        [Written] int NOT NULL,
        [Skipped] int NOT NULL,
        [Failed] int NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_GuidanceBatches] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [HearingSheetTemplates] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [VersionNumber] int NOT NULL,
        [PublishedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_HearingSheetTemplates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [IngestedBatches] (
        [BatchId] uniqueidentifier NOT NULL,
        [BridgeId] nvarchar(64) NOT NULL,
        [IngestedAt] datetimeoffset NOT NULL,
        [Accepted] int NOT NULL,
        [Duplicates] int NOT NULL,
        CONSTRAINT [PK_IngestedBatches] PRIMARY KEY ([BatchId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [JournalMappingSettings] (
        [Id] uniqueidentifier NOT NULL,
        [Target] nvarchar(16) NOT NULL,
        [ReceivableAccount] nvarchar(64) NOT NULL,
        [SalesAccount] nvarchar(64) NOT NULL,
        [SalesReturnsAccount] nvarchar(64) NOT NULL,
        [ReceivableTaxCategory] nvarchar(64) NOT NULL,
        [CounterpartyAsSubAccount] bit NOT NULL,
        [Department] nvarchar(64) NOT NULL,
        [StandardSales] nvarchar(64) NOT NULL,
        [ReducedSales] nvarchar(64) NOT NULL,
        [ExemptSales] nvarchar(64) NOT NULL,
        [StandardReturns] nvarchar(64) NOT NULL,
        [ReducedReturns] nvarchar(64) NOT NULL,
        [ExemptReturns] nvarchar(64) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [UpdatedBy] nvarchar(256) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_JournalMappingSettings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [Organisations] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NameKana] nvarchar(200) NOT NULL,
        [CorporateNumber] nvarchar(13) NULL,
        [InvoiceRegistrationNumber] nvarchar(14) NULL,
        [PostalCode] nvarchar(8) NULL,
        [Address] nvarchar(400) NULL,
        [Phone] nvarchar(20) NULL,
        [Representative] nvarchar(100) NULL,
        [AgreementStartDate] date NULL,
        [IsActive] bit NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [OutboundEmails] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NULL,
        [Recipient] nvarchar(256) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Topic] nvarchar(64) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [SentAt] datetimeoffset NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(1000) NULL,
        [Abandoned] bit NOT NULL,
        [NextAttemptAt] datetimeoffset NULL,
        [CancelledAt] datetimeoffset NULL,
        CONSTRAINT [PK_OutboundEmails] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [PlanPolicyVersions] (
        [Id] uniqueidentifier NOT NULL,
        [PlanCode] nvarchar(32) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Settings] nvarchar(max) NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [WithdrawnAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanPolicyVersions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [PriceLists] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ValidFrom] date NOT NULL,
        [ValidTo] date NULL,
        [Basis] nvarchar(16) NOT NULL,
        [EntriesJson] nvarchar(max) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PriceLists] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [RequiredSoftwareVersions] (
        [Id] uniqueidentifier NOT NULL,
        [ModelCode] nvarchar(32) NOT NULL,
        [MinimumVersion] nvarchar(64) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Note] nvarchar(500) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_RequiredSoftwareVersions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SensorEvents] (
        [EventId] varchar(32) NOT NULL,
        [BatchId] uniqueidentifier NOT NULL,
        [ApplianceSerial] nvarchar(64) NOT NULL,
        [ApplianceId] uniqueidentifier NULL,
        [PartnerId] uniqueidentifier NULL,
        [ContractId] uniqueidentifier NULL,
        [CustomerId] uniqueidentifier NULL,
        [Kind] nvarchar(16) NOT NULL,
        [EveEventType] nvarchar(64) NOT NULL,
        [ObservedAt] datetimeoffset NOT NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [IngestedAt] datetimeoffset NOT NULL,
        [SignatureId] bigint NULL,
        [Signature] nvarchar(512) NULL,
        [Category] nvarchar(256) NULL,
        [Severity] nvarchar(16) NULL,
        [ThreatClass] nvarchar(32) NULL,
        [ThreatKind] nvarchar(32) NULL,
        [SourceIp] nvarchar(64) NULL,
        [SourcePort] int NULL,
        [DestinationIp] nvarchar(64) NULL,
        [DestinationPort] int NULL,
        [Protocol] nvarchar(16) NULL,
        [AppProtocol] nvarchar(32) NULL,
        [UptimeSeconds] bigint NULL,
        [RawJson] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_SensorEvents] PRIMARY KEY ([EventId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ServiceNotices] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(32) NOT NULL,
        [TitleJa] nvarchar(200) NOT NULL,
        [TitleEn] nvarchar(200) NULL,
        [BodyJa] nvarchar(3000) NOT NULL,
        [BodyEn] nvarchar(3000) NULL,
        [EffectiveFrom] date NOT NULL,
        [EffectiveUntil] date NULL,
        [Reason] nvarchar(1000) NULL,
        [RecipientAction] nvarchar(1000) NULL,
        [NewTerms] nvarchar(3000) NULL,
        [EmergencyReason] nvarchar(1000) NULL,
        [FeesDuringSuspension] nvarchar(1000) NULL,
        [Ground] nvarchar(32) NULL,
        [PublishedAsEmergency] bit NOT NULL,
        [TargetKind] nvarchar(32) NOT NULL,
        [TargetValues] nvarchar(max) NOT NULL,
        [TargetPartners] nvarchar(4000) NOT NULL,
        [PublishedAt] datetimeoffset NOT NULL,
        [PublishedOn] date NOT NULL,
        [PublishedBy] nvarchar(256) NOT NULL,
        [CustomerCount] int NOT NULL,
        [PartnerCount] int NOT NULL,
        [CorrectsId] uniqueidentifier NULL,
        [OriginalNoticeDate] date NULL,
        [WithdrawnAt] datetimeoffset NULL,
        [WithdrawnOn] date NULL,
        [WithdrawnBy] nvarchar(256) NULL,
        [WithdrawalReason] nvarchar(1000) NULL,
        [SupersededById] uniqueidentifier NULL,
        [SupersededAt] datetimeoffset NULL,
        [SupersededOn] date NULL,
        CONSTRAINT [PK_ServiceNotices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ThreatMappingRules] (
        [Id] uniqueidentifier NOT NULL,
        [MatchBy] nvarchar(16) NOT NULL,
        [Pattern] nvarchar(512) NOT NULL,
        [ThreatClass] nvarchar(32) NOT NULL,
        [ThreatKind] nvarchar(32) NOT NULL,
        [Note] nvarchar(500) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [UpdatedBy] nvarchar(256) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ThreatMappingRules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [HearingQuestions] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(64) NOT NULL,
        [TextJa] nvarchar(400) NOT NULL,
        [TextEn] nvarchar(400) NOT NULL,
        [Type] nvarchar(16) NOT NULL,
        [Required] bit NOT NULL,
        [Choices] nvarchar(2000) NOT NULL,
        [TemplateId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_HearingQuestions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_HearingQuestions_HearingSheetTemplates_TemplateId] FOREIGN KEY ([TemplateId]) REFERENCES [HearingSheetTemplates] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [PreferredCulture] nvarchar(5) NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [Customers] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NameKana] nvarchar(200) NOT NULL,
        [CorporateNumber] nvarchar(13) NULL,
        [PostalCode] nvarchar(8) NULL,
        [Prefecture] nvarchar(10) NULL,
        [Address] nvarchar(400) NULL,
        [Phone] nvarchar(20) NULL,
        [Industry] nvarchar(100) NULL,
        [Segment] nvarchar(32) NOT NULL,
        [NotificationEmails] nvarchar(1000) NULL,
        [NotificationLanguage] nvarchar(5) NOT NULL,
        [ServiceContact_Name] nvarchar(100) NOT NULL,
        [ServiceContact_NameKana] nvarchar(100) NOT NULL,
        [ServiceContact_Email] nvarchar(256) NOT NULL,
        [ServiceContact_Phone] nvarchar(20) NOT NULL,
        [ServiceContact_Department] nvarchar(100) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Customers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Customers_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [InvoiceNumberCounters] (
        [IssuerId] uniqueidentifier NOT NULL,
        [FiscalYear] int NOT NULL,
        [Series] varchar(8) NOT NULL,
        [LastNumber] bigint NOT NULL,
        CONSTRAINT [PK_InvoiceNumberCounters] PRIMARY KEY ([IssuerId], [FiscalYear], [Series]),
        CONSTRAINT [FK_InvoiceNumberCounters_Organisations_IssuerId] FOREIGN KEY ([IssuerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [Invoices] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [IssuerId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [RecipientKind] nvarchar(16) NOT NULL,
        [RecipientId] uniqueidentifier NOT NULL,
        [RecipientName] nvarchar(200) NOT NULL,
        [TransactionDate] date NOT NULL,
        [DueDate] date NOT NULL,
        [OriginalInvoiceId] uniqueidentifier NULL,
        [OriginalNumber] nvarchar(32) NULL,
        [OriginalTransactionDate] date NULL,
        [PriceBasis] nvarchar(16) NOT NULL,
        [Rounding] nvarchar(16) NOT NULL,
        [Number] nvarchar(32) NULL,
        [FiscalYear] int NULL,
        [IssuedAt] datetimeoffset NULL,
        [IssuedBy] nvarchar(256) NULL,
        [IssuerName] nvarchar(200) NULL,
        [IssuerRegistrationNumber] varchar(14) NULL,
        [IssuerAddress] nvarchar(400) NULL,
        [RecipientAddress] nvarchar(400) NULL,
        [PdfSha256] varchar(64) NULL,
        [CancelledByCreditNoteId] uniqueidentifier NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [TaxExcludedTotal] bigint NOT NULL,
        [TaxTotal] bigint NOT NULL,
        [GrandTotal] bigint NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Invoices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Invoices_Invoices_OriginalInvoiceId] FOREIGN KEY ([OriginalInvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Invoices_Organisations_IssuerId] FOREIGN KEY ([IssuerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [InvoicingRuns] (
        [Id] uniqueidentifier NOT NULL,
        [IssuerId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [StartedBy] nvarchar(256) NOT NULL,
        [FinishedAt] datetimeoffset NULL,
        [Status] nvarchar(16) NOT NULL,
        [InvoicesPlanned] int NOT NULL,
        [InvoicesIssued] int NOT NULL,
        [LinesIssued] int NOT NULL,
        [AmountIssued] bigint NOT NULL,
        [ChargesAlreadyBilled] int NOT NULL,
        [InvoicesRefused] int NOT NULL,
        [ContractsRefused] int NOT NULL,
        [FailureMessage] nvarchar(2000) NULL,
        CONSTRAINT [PK_InvoicingRuns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InvoicingRuns_Organisations_IssuerId] FOREIGN KEY ([IssuerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [PayerNames] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Origin] nvarchar(16) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_PayerNames] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PayerNames_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [Payments] (
        [Id] uniqueidentifier NOT NULL,
        [ReceivedOn] date NOT NULL,
        [Amount] bigint NOT NULL,
        [PayerName] nvarchar(200) NOT NULL,
        [Source] nvarchar(16) NOT NULL,
        [SourceFileName] nvarchar(260) NULL,
        [SourceRecordNumber] int NULL,
        [BankRecordIdentity] varchar(120) NULL,
        [PartnerId] uniqueidentifier NULL,
        [MatchState] nvarchar(16) NOT NULL,
        [MatchReasons] varchar(200) NOT NULL,
        [Note] nvarchar(500) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [ReversedAt] datetimeoffset NULL,
        [ReversedOn] date NULL,
        [ReversedBy] nvarchar(256) NULL,
        [ReversalReason] nvarchar(500) NULL,
        [ReversalRecordIdentity] varchar(120) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Payments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Payments_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [RetailInvoicingProfiles] (
        [PartnerId] uniqueidentifier NOT NULL,
        [Enabled] bit NOT NULL,
        [IssuerName] nvarchar(200) NOT NULL,
        [RegistrationNumber] varchar(14) NOT NULL,
        [PriceBasis] nvarchar(16) NOT NULL,
        [Rounding] nvarchar(16) NOT NULL,
        [FiscalYearStartMonth] int NOT NULL,
        [PaymentTermDays] int NOT NULL,
        [ChangedAt] datetimeoffset NOT NULL,
        [ChangedBy] nvarchar(256) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RetailInvoicingProfiles] PRIMARY KEY ([PartnerId]),
        CONSTRAINT [FK_RetailInvoicingProfiles_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ServiceNoticeDeliveries] (
        [Id] uniqueidentifier NOT NULL,
        [NoticeId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NULL,
        [Audience] nvarchar(16) NOT NULL,
        [Channel] nvarchar(16) NOT NULL,
        [Address] nvarchar(400) NOT NULL,
        [Language] nvarchar(8) NOT NULL,
        [Withdrawal] bit NOT NULL,
        [WithdrawsLetterId] uniqueidentifier NULL,
        [OutboundEmailId] uniqueidentifier NULL,
        [QueuedAt] datetimeoffset NOT NULL,
        [DeemedDeliveredAt] datetimeoffset NULL,
        [LetterArrivesOn] date NULL,
        [LetterPostedOn] date NULL,
        [LetterReturnedOn] date NULL,
        [LetterRecordedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_ServiceNoticeDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ServiceNoticeDeliveries_OutboundEmails_OutboundEmailId] FOREIGN KEY ([OutboundEmailId]) REFERENCES [OutboundEmails] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ServiceNoticeDeliveries_ServiceNoticeDeliveries_WithdrawsLetterId] FOREIGN KEY ([WithdrawsLetterId]) REFERENCES [ServiceNoticeDeliveries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ServiceNoticeDeliveries_ServiceNotices_NoticeId] FOREIGN KEY ([NoticeId]) REFERENCES [ServiceNotices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ServiceNoticePartners] (
        [Id] uniqueidentifier NOT NULL,
        [NoticeId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [PartnerName] nvarchar(200) NOT NULL,
        [CustomerCount] int NOT NULL,
        [AcknowledgedAt] datetimeoffset NULL,
        [AcknowledgedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_ServiceNoticePartners] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ServiceNoticePartners_ServiceNotices_NoticeId] FOREIGN KEY ([NoticeId]) REFERENCES [ServiceNotices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ServiceNoticeRecipients] (
        [Id] uniqueidentifier NOT NULL,
        [NoticeId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [CustomerName] nvarchar(200) NOT NULL,
        [PlanCodes] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_ServiceNoticeRecipients] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ServiceNoticeRecipients_ServiceNotices_NoticeId] FOREIGN KEY ([NoticeId]) REFERENCES [ServiceNotices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [Contracts] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(32) NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [PlanCode] nvarchar(32) NOT NULL,
        [Units] int NOT NULL,
        [AnnualFee] bigint NOT NULL,
        [WholesaleAnnualFee] bigint NULL,
        [PolicySettings] nvarchar(max) NULL,
        [PolicyVersionId] uniqueidentifier NULL,
        [QuoteId] uniqueidentifier NULL,
        [OrderedOn] date NOT NULL,
        [DeliveryCompletedOn] date NULL,
        [ServiceStartOn] date NULL,
        [CurrentTerm] int NOT NULL,
        [CurrentTermEndsOn] date NULL,
        [NonRenewalNoticeOn] date NULL,
        [NonRenewalReceivedByPartnerOn] date NULL,
        [NonRenewalForwardedOn] date NULL,
        [NonRenewalLetterId] uniqueidentifier NULL,
        [EarlyEndOn] date NULL,
        [EarlyEndCause] nvarchar(32) NULL,
        [EarlyEndRequestedOn] date NULL,
        [EarlyEndReason] nvarchar(1000) NULL,
        [EarlyEndNoticeId] uniqueidentifier NULL,
        [ServiceEndedOn] date NULL,
        [Status] nvarchar(32) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Contracts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Contracts_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Contracts_PlanPolicyVersions_PolicyVersionId] FOREIGN KEY ([PolicyVersionId]) REFERENCES [PlanPolicyVersions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [Quotes] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(32) NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [PlanCode] nvarchar(32) NOT NULL,
        [Endpoints] int NOT NULL,
        [BandwidthMbps] bigint NOT NULL,
        [Units] int NOT NULL,
        [Quantity] int NOT NULL,
        [PriceBasis] nvarchar(16) NOT NULL,
        [PriceListName] nvarchar(200) NOT NULL,
        [UnitWholesale] bigint NOT NULL,
        [UnitRetail] bigint NOT NULL,
        [WholesaleTaxExcluded] bigint NOT NULL,
        [WholesaleTax] bigint NOT NULL,
        [WholesaleTotal] bigint NOT NULL,
        [RetailTaxExcluded] bigint NOT NULL,
        [RetailTax] bigint NOT NULL,
        [RetailTotal] bigint NOT NULL,
        [TaxRatePercent] int NOT NULL,
        [IssuedOn] date NOT NULL,
        [ValidUntil] date NOT NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [IssuedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_Quotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Quotes_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ServiceContactRecords] (
        [Id] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Contact_Name] nvarchar(100) NOT NULL,
        [Contact_NameKana] nvarchar(100) NOT NULL,
        [Contact_Email] nvarchar(256) NOT NULL,
        [Contact_Phone] nvarchar(20) NOT NULL,
        [Contact_Department] nvarchar(100) NULL,
        [RegisteredFrom] datetimeoffset NOT NULL,
        [ReplacedAt] datetimeoffset NULL,
        CONSTRAINT [PK_ServiceContactRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ServiceContactRecords_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SupportCases] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(32) NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [ThreatClass] nvarchar(32) NULL,
        [ApplianceSerial] nvarchar(64) NULL,
        [AlertEventId] uniqueidentifier NULL,
        [OpeningSnapshot] nvarchar(max) NULL,
        [OpenedAt] datetimeoffset NOT NULL,
        [OpenedBy] nvarchar(256) NOT NULL,
        [Caller_CallerName] nvarchar(100) NOT NULL,
        [Caller_CallerPhone] nvarchar(30) NULL,
        [Caller_CallerEmail] nvarchar(256) NULL,
        [Caller_Method] nvarchar(32) NOT NULL,
        [Caller_NameMatches] bit NOT NULL,
        [Caller_EvidenceMatches] bit NOT NULL,
        [Caller_At] datetimeoffset NOT NULL,
        [Caller_By] nvarchar(256) NOT NULL,
        [Caller_Note] nvarchar(1000) NULL,
        [CallerPolicy] nvarchar(32) NOT NULL,
        [HearingTemplateId] uniqueidentifier NULL,
        [HearingTemplateVersion] int NULL,
        [HearingSheetMarking] nvarchar(16) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [PartnerAnswer] nvarchar(4000) NULL,
        [EscalatedAt] datetimeoffset NULL,
        [AssignedTo] nvarchar(256) NULL,
        [FirstAnsweredAt] datetimeoffset NULL,
        [FirstAnswerDueAt] datetimeoffset NULL,
        [FirstAnswerChannel] nvarchar(16) NULL,
        [ClosedAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SupportCases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportCases_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SupportCases_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [DunningNotices] (
        [Id] uniqueidentifier NOT NULL,
        [InvoiceId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [InvoiceNumber] nvarchar(32) NOT NULL,
        [Stage] int NOT NULL,
        [DaysOverdue] int NOT NULL,
        [DueDate] date NOT NULL,
        [OpenBalance] bigint NOT NULL,
        [Recipients] nvarchar(2000) NOT NULL,
        [SentOn] date NOT NULL,
        [QueuedAt] datetimeoffset NOT NULL,
        [QueuedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_DunningNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DunningNotices_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [InvoiceItems] (
        [Id] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [Description] nvarchar(500) NOT NULL,
        [Quantity] bigint NOT NULL,
        [UnitPrice] bigint NOT NULL,
        [TaxCategory] nvarchar(16) NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [SourceContractId] uniqueidentifier NULL,
        [SourceTerm] int NULL,
        [SourceCharge] nvarchar(32) NULL,
        [SourcePendingChargeId] uniqueidentifier NULL,
        [ManualReason] nvarchar(500) NULL,
        [InvoiceId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_InvoiceItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InvoiceItems_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [InvoicePdfs] (
        [InvoiceId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Sha256] varchar(64) NOT NULL,
        CONSTRAINT [PK_InvoicePdfs] PRIMARY KEY ([InvoiceId]),
        CONSTRAINT [FK_InvoicePdfs_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [InvoiceRateTotals] (
        [Id] uniqueidentifier NOT NULL,
        [Category] nvarchar(16) NOT NULL,
        [RatePercent] int NOT NULL,
        [LinesTotal] bigint NOT NULL,
        [TaxExcludedAmount] bigint NOT NULL,
        [Tax] bigint NOT NULL,
        [TaxIncludedAmount] bigint NOT NULL,
        [InvoiceId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_InvoiceRateTotals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InvoiceRateTotals_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [InvoicingRunProblems] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Reason] nvarchar(64) NOT NULL,
        [RunId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_InvoicingRunProblems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InvoicingRunProblems_InvoicingRuns_RunId] FOREIGN KEY ([RunId]) REFERENCES [InvoicingRuns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [BankCancellations] (
        [Id] uniqueidentifier NOT NULL,
        [RecordIdentity] varchar(120) NOT NULL,
        [AccountKey] varchar(60) NOT NULL,
        [ReferenceKey] varchar(60) NOT NULL,
        [Account] varchar(40) NOT NULL,
        [InquiryNumber] varchar(20) NOT NULL,
        [Amount] bigint NOT NULL,
        [PayerName] nvarchar(200) NOT NULL,
        [BookingDate] date NOT NULL,
        [ValueDate] date NULL,
        [SourceFileName] nvarchar(260) NOT NULL,
        [SourceRecordNumber] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [Cause] nvarchar(24) NOT NULL,
        [RefusedPaymentId] uniqueidentifier NULL,
        [RefusalDetail] nvarchar(500) NULL,
        [Status] nvarchar(16) NOT NULL,
        [MatchedPaymentId] uniqueidentifier NULL,
        [Resolution] nvarchar(500) NULL,
        [ResolvedByImportOf] nvarchar(260) NULL,
        [ResolvedAt] datetimeoffset NULL,
        [ResolvedBy] nvarchar(256) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_BankCancellations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BankCancellations_Payments_MatchedPaymentId] FOREIGN KEY ([MatchedPaymentId]) REFERENCES [Payments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BankCancellations_Payments_RefusedPaymentId] FOREIGN KEY ([RefusedPaymentId]) REFERENCES [Payments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [PaymentAllocations] (
        [Id] uniqueidentifier NOT NULL,
        [InvoiceId] uniqueidentifier NOT NULL,
        [Amount] bigint NOT NULL,
        [AllocatedAt] datetimeoffset NOT NULL,
        [AllocatedBy] nvarchar(256) NOT NULL,
        [PaymentId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PaymentAllocations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PaymentAllocations_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PaymentAllocations_Payments_PaymentId] FOREIGN KEY ([PaymentId]) REFERENCES [Payments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [Appliances] (
        [Id] uniqueidentifier NOT NULL,
        [SerialNumber] nvarchar(64) NOT NULL,
        [ModelCode] nvarchar(32) NOT NULL,
        [Condition] nvarchar(16) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [ContractId] uniqueidentifier NULL,
        [PartnerId] uniqueidentifier NULL,
        [HardwareVendorId] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Appliances] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Appliances_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ContractEvents] (
        [Id] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [By] nvarchar(256) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [Kind] nvarchar(32) NOT NULL DEFAULT N'StatusChanged',
        CONSTRAINT [PK_ContractEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ContractEvents_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ContractLetters] (
        [Id] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(128) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] varchar(64) NOT NULL,
        [StorageKey] varchar(64) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        [UploadedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_ContractLetters] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ContractLetters_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [GuidanceLetters] (
        [Id] uniqueidentifier NOT NULL,
        [BatchId] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NOT NULL,
        [ContractNumber] nvarchar(32) NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [PartnerName] nvarchar(200) NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [CustomerName] nvarchar(200) NOT NULL,
        [FiscalYear] int NOT NULL,
        [TermStart] date NOT NULL,
        [TermEnd] date NOT NULL,
        [NextTermStart] date NOT NULL,
        [NextTermEnd] date NOT NULL,
        [Fee] bigint NOT NULL,
        [DueOn] date NOT NULL,
        [CancelBy] date NOT NULL,
        [IssuedOn] date NOT NULL,
        [JapaneseEra] bit NOT NULL,
        [Language] nvarchar(8) NOT NULL,
        [Pdf] varbinary(max) NULL,
        [PdfSha256] nvarchar(64) NULL,
        [RecipientKind] nvarchar(32) NULL,
        [Recipients] nvarchar(1000) NULL,
        [EmailQueuedAt] datetimeoffset NULL,
        [Status] nvarchar(32) NOT NULL,
        [Error] nvarchar(1000) NULL,
        [Attempts] int NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_GuidanceLetters] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_GuidanceLetters_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_GuidanceLetters_GuidanceBatches_BatchId] FOREIGN KEY ([BatchId]) REFERENCES [GuidanceBatches] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [KittingTasks] (
        [Id] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NOT NULL,
        [SwapCaseId] uniqueidentifier NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [HardwareVendorId] uniqueidentifier NOT NULL,
        [AssignedAt] datetimeoffset NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [CompletedChecklist] nvarchar(200) NOT NULL,
        [Carrier] nvarchar(16) NULL,
        [TrackingNumber] nvarchar(20) NULL,
        [ShippedOn] date NULL,
        [PlannedDeliveryOn] date NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_KittingTasks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KittingTasks_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_KittingTasks_Organisations_HardwareVendorId] FOREIGN KEY ([HardwareVendorId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ParameterSheets] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NULL,
        [ModelCode] nvarchar(32) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [ConfirmationSource] nvarchar(500) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ParameterSheets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParameterSheets_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ParameterSheets_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [PendingCharges] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(24) NOT NULL,
        [Amount] bigint NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [Article] nvarchar(40) NOT NULL,
        [SourceId] uniqueidentifier NOT NULL,
        [IncurredOn] date NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [InvoiceId] uniqueidentifier NULL,
        [WaiverReason] nvarchar(500) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [SettledAt] datetimeoffset NULL,
        [SettledBy] nvarchar(256) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PendingCharges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PendingCharges_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PendingCharges_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SupportCaseAttachments] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [Visibility] nvarchar(32) NOT NULL,
        [Marking] nvarchar(16) NOT NULL,
        [Side] nvarchar(16) NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(128) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] varchar(64) NOT NULL,
        [StorageKey] varchar(64) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [UploadedBy] nvarchar(256) NOT NULL,
        [ScanStatus] nvarchar(16) NOT NULL,
        CONSTRAINT [PK_SupportCaseAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportCaseAttachments_SupportCases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [SupportCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SupportCaseCustomerRequests] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [FulfilledAt] datetimeoffset NULL,
        CONSTRAINT [PK_SupportCaseCustomerRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportCaseCustomerRequests_SupportCases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [SupportCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SupportCaseEvents] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [By] nvarchar(256) NOT NULL,
        [Detail] nvarchar(2000) NULL,
        [Sequence] int NOT NULL,
        CONSTRAINT [PK_SupportCaseEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportCaseEvents_SupportCases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [SupportCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SupportCaseHearingAnswers] (
        [Id] int NOT NULL IDENTITY,
        [QuestionKey] nvarchar(64) NOT NULL,
        [Value] nvarchar(4000) NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SupportCaseHearingAnswers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportCaseHearingAnswers_SupportCases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [SupportCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SupportCaseNotes] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Author] nvarchar(256) NOT NULL,
        [AuthorSide] nvarchar(16) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [Visibility] nvarchar(32) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Marking] nvarchar(16) NOT NULL,
        CONSTRAINT [PK_SupportCaseNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportCaseNotes_SupportCases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [SupportCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SupportCaseReports] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [Marking] nvarchar(16) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [By] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_SupportCaseReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupportCaseReports_SupportCases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [SupportCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ApplianceEvents] (
        [Id] uniqueidentifier NOT NULL,
        [ApplianceId] uniqueidentifier NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [By] nvarchar(256) NOT NULL,
        [Note] nvarchar(1000) NULL,
        CONSTRAINT [PK_ApplianceEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplianceEvents_Appliances_ApplianceId] FOREIGN KEY ([ApplianceId]) REFERENCES [Appliances] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [DeviceHealths] (
        [ApplianceId] uniqueidentifier NOT NULL,
        [SerialNumber] nvarchar(64) NOT NULL,
        [ModelCode] nvarchar(32) NOT NULL,
        [PartnerId] uniqueidentifier NULL,
        [ContractId] uniqueidentifier NULL,
        [CustomerId] uniqueidentifier NULL,
        [FirstSeenAt] datetimeoffset NULL,
        [LastSeenAt] datetimeoffset NULL,
        [ClockSkewSeconds] float NULL,
        [LastHeartbeatAt] datetimeoffset NULL,
        [CpuPercent] float NULL,
        [MemoryPercent] float NULL,
        [DiskPercent] float NULL,
        [UptimeSeconds] bigint NULL,
        [SoftwareVersion] nvarchar(64) NULL,
        [MonitoredEndpoints] bigint NULL,
        [RestartCount] int NOT NULL,
        [LastRestartAt] datetimeoffset NULL,
        [LastStatsAt] datetimeoffset NULL,
        [KernelPackets] bigint NULL,
        [KernelDrops] bigint NULL,
        [DecodedBytes] bigint NULL,
        [SensorUptimeSeconds] bigint NULL,
        [DropRatePercent] float NULL,
        [BandwidthMbps] float NULL,
        [LastTrafficAt] datetimeoffset NULL,
        [LastAlertAt] datetimeoffset NULL,
        [State] nvarchar(16) NOT NULL,
        [Issues] int NOT NULL,
        [StateSince] datetimeoffset NULL,
        [LastNotifiedAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_DeviceHealths] PRIMARY KEY ([ApplianceId]),
        CONSTRAINT [FK_DeviceHealths_Appliances_ApplianceId] FOREIGN KEY ([ApplianceId]) REFERENCES [Appliances] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ReturnTasks] (
        [Id] uniqueidentifier NOT NULL,
        [ApplianceId] uniqueidentifier NOT NULL,
        [SerialNumber] nvarchar(64) NOT NULL,
        [ModelCode] nvarchar(32) NOT NULL,
        [ContractId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [HardwareVendorId] uniqueidentifier NULL,
        [Reason] nvarchar(16) NOT NULL,
        [SourceId] uniqueidentifier NULL,
        [ReasonNote] nvarchar(500) NULL,
        [ReturnFrom] date NOT NULL,
        [Deadline] date NOT NULL,
        [ShippingPaidBy] nvarchar(16) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [Carrier] nvarchar(16) NULL,
        [TrackingNumber] nvarchar(20) NULL,
        [ShippedOn] date NULL,
        [ReceivedOn] date NULL,
        [ReceivedBy] nvarchar(256) NULL,
        [Condition] nvarchar(16) NULL,
        [ConditionNote] nvarchar(1000) NULL,
        [LateExcuse] nvarchar(500) NULL,
        [Outcome] nvarchar(16) NULL,
        [OpenedAt] datetimeoffset NOT NULL,
        [OpenedBy] nvarchar(256) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReturnTasks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReturnTasks_Appliances_ApplianceId] FOREIGN KEY ([ApplianceId]) REFERENCES [Appliances] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReturnTasks_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReturnTasks_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SwapCases] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [ContractId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [OldApplianceId] uniqueidentifier NOT NULL,
        [OldSerialNumber] nvarchar(64) NOT NULL,
        [Reason] nvarchar(16) NOT NULL,
        [WhatHappened] nvarchar(2000) NOT NULL,
        [Since] datetimeoffset NOT NULL,
        [ReportedInWritingOn] date NULL,
        [HealthAtOpening] nvarchar(max) NULL,
        [Status] nvarchar(24) NOT NULL,
        [OpenedAt] datetimeoffset NOT NULL,
        [OpenedBy] nvarchar(256) NOT NULL,
        [PartnerAttribution_Attribution] nvarchar(16) NULL,
        [PartnerAttribution_Ground] nvarchar(40) NULL,
        [PartnerAttribution_Note] nvarchar(1000) NULL,
        [PartnerAttribution_At] datetimeoffset NULL,
        [PartnerAttribution_By] nvarchar(256) NULL,
        [FinalAttribution_Attribution] nvarchar(16) NULL,
        [FinalAttribution_Ground] nvarchar(40) NULL,
        [FinalAttribution_Note] nvarchar(1000) NULL,
        [FinalAttribution_At] datetimeoffset NULL,
        [FinalAttribution_By] nvarchar(256) NULL,
        [SwapCost] bigint NULL,
        [ReplacementKittingTaskId] uniqueidentifier NULL,
        [ReplacementApplianceId] uniqueidentifier NULL,
        [ReplacementSerialNumber] nvarchar(64) NULL,
        [ReplacementDeliveredOn] date NULL,
        [OldUnitReturnDueOn] date NULL,
        [Outage_VendorAwareAt] datetimeoffset NULL,
        [Outage_RestoredAt] datetimeoffset NULL,
        [Outage_FullDays] int NULL,
        [Outage_DayPrice] bigint NULL,
        [Outage_Amount] bigint NULL,
        [Outage_RecordedAt] datetimeoffset NULL,
        [Outage_RecordedBy] nvarchar(256) NULL,
        [ClosedAt] datetimeoffset NULL,
        [WithdrawalReason] nvarchar(1000) NULL,
        [WithdrawnBy] nvarchar(256) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SwapCases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SwapCases_Appliances_OldApplianceId] FOREIGN KEY ([OldApplianceId]) REFERENCES [Appliances] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SwapCases_Contracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [Contracts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SwapCases_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ParameterSheetEvent] (
        [Id] uniqueidentifier NOT NULL,
        [SheetId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [By] nvarchar(256) NOT NULL,
        [Comment] nvarchar(2000) NULL,
        CONSTRAINT [PK_ParameterSheetEvent] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParameterSheetEvent_ParameterSheets_SheetId] FOREIGN KEY ([SheetId]) REFERENCES [ParameterSheets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [ParameterSheetVersions] (
        [Id] uniqueidentifier NOT NULL,
        [SheetId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Content_SiteName] nvarchar(200) NOT NULL,
        [Content_SiteAddress] nvarchar(400) NOT NULL,
        [Content_RackLocation] nvarchar(200) NULL,
        [Content_ManagementIp] nvarchar(45) NOT NULL,
        [Content_PrefixLength] int NOT NULL,
        [Content_Gateway] nvarchar(45) NOT NULL,
        [Content_DnsServers] nvarchar(200) NOT NULL,
        [Content_NtpServers] nvarchar(400) NULL,
        [Content_Proxy] nvarchar(300) NULL,
        [Content_MirrorPort] nvarchar(200) NOT NULL,
        [Content_MonitoredSegments] nvarchar(2000) NOT NULL,
        [Content_ExpectedBandwidthMbps] bigint NOT NULL,
        [Content_LineSpeedMbps] bigint NULL,
        [Content_ExpectedEndpoints] int NOT NULL,
        [Content_NotificationEmails] nvarchar(1000) NOT NULL,
        [Content_NotificationLanguage] nvarchar(5) NOT NULL,
        [Content_OnSiteContactName] nvarchar(100) NOT NULL,
        [Content_OnSiteContactPhone] nvarchar(20) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [By] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_ParameterSheetVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParameterSheetVersions_ParameterSheets_SheetId] FOREIGN KEY ([SheetId]) REFERENCES [ParameterSheets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE TABLE [SwapEvidence] (
        [Id] uniqueidentifier NOT NULL,
        [SwapCaseId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(128) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] varchar(64) NOT NULL,
        [StorageKey] varchar(64) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [UploadedBy] nvarchar(256) NOT NULL,
        [ScanStatus] nvarchar(16) NOT NULL,
        CONSTRAINT [PK_SwapEvidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SwapEvidence_SwapCases_SwapCaseId] FOREIGN KEY ([SwapCaseId]) REFERENCES [SwapCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AlertDailyCounts_Day_PartnerId] ON [AlertDailyCounts] ([Day], [PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ApplianceEvents_ApplianceId] ON [ApplianceEvents] ([ApplianceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Appliances_ContractId] ON [Appliances] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Appliances_HardwareVendorId] ON [Appliances] ([HardwareVendorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Appliances_PartnerId] ON [Appliances] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Appliances_SerialNumber] ON [Appliances] ([SerialNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Appliances_Status_ModelCode] ON [Appliances] ([Status], [ModelCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_OrganisationId] ON [AspNetUsers] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_At_PartnerId] ON [AuditEntries] ([EntityType], [At], [PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PartnerId_At] ON [AuditEntries] ([PartnerId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_BankCancellations_MatchedPaymentId] ON [BankCancellations] ([MatchedPaymentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BankCancellations_RecordIdentity] ON [BankCancellations] ([RecordIdentity]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_BankCancellations_RefusedPaymentId] ON [BankCancellations] ([RefusedPaymentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_BankCancellations_Status_AccountKey_ReferenceKey] ON [BankCancellations] ([Status], [AccountKey], [ReferenceKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_BankCancellations_Status_BookingDate] ON [BankCancellations] ([Status], [BookingDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_CalendarAdjustments_CalendarCode_From] ON [CalendarAdjustments] ([CalendarCode], [From]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ContractEvents_ContractId] ON [ContractEvents] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ContractEvents_PartnerId] ON [ContractEvents] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ContractLetters_ContractId] ON [ContractLetters] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ContractLetters_PartnerId] ON [ContractLetters] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ContractLetters_StorageKey] ON [ContractLetters] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Contracts_CustomerId] ON [Contracts] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Contracts_EarlyEndNoticeId] ON [Contracts] ([EarlyEndNoticeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Contracts_Number] ON [Contracts] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Contracts_OrderedOn_Number] ON [Contracts] ([OrderedOn] DESC, [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Contracts_PartnerId_Status] ON [Contracts] ([PartnerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Contracts_PolicyVersionId] ON [Contracts] ([PolicyVersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Contracts_Status_CurrentTermEndsOn] ON [Contracts] ([Status], [CurrentTermEndsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Customers_PartnerId_NameKana] ON [Customers] ([PartnerId], [NameKana]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_DataErasures_ContractId] ON [DataErasures] ([ContractId]) WHERE [ContractId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_DataErasures_CustomerId_ContractId] ON [DataErasures] ([CustomerId], [ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_DataErasures_PartnerId] ON [DataErasures] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_DeviceHealths_PartnerId_State] ON [DeviceHealths] ([PartnerId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_DeviceStateChanges_ApplianceId_At] ON [DeviceStateChanges] ([ApplianceId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DunningNotices_InvoiceId_Stage] ON [DunningNotices] ([InvoiceId], [Stage]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_DunningNotices_PartnerId_SentOn] ON [DunningNotices] ([PartnerId], [SentOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_GuidanceBatches_FiscalYear_StartedAt] ON [GuidanceBatches] ([FiscalYear], [StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_GuidanceLetters_BatchId] ON [GuidanceLetters] ([BatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_GuidanceLetters_ContractId_FiscalYear] ON [GuidanceLetters] ([ContractId], [FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_GuidanceLetters_FiscalYear_PartnerId] ON [GuidanceLetters] ([FiscalYear], [PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_HearingQuestions_TemplateId] ON [HearingQuestions] ([TemplateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_HearingSheetTemplates_Name_VersionNumber] ON [HearingSheetTemplates] ([Name], [VersionNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_IngestedBatches_IngestedAt] ON [IngestedBatches] ([IngestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoiceItems_InvoiceId] ON [InvoiceItems] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoiceItems_SourceContractId_SourceTerm] ON [InvoiceItems] ([SourceContractId], [SourceTerm]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoiceItems_SourcePendingChargeId] ON [InvoiceItems] ([SourcePendingChargeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoicePdfs_PartnerId] ON [InvoicePdfs] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoiceRateTotals_InvoiceId] ON [InvoiceRateTotals] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Invoices_IssuerId_Number] ON [Invoices] ([IssuerId], [Number]) WHERE [Number] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Invoices_OriginalInvoiceId] ON [Invoices] ([OriginalInvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Invoices_PartnerId_TransactionDate] ON [Invoices] ([PartnerId], [TransactionDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Invoices_TransactionDate] ON [Invoices] ([TransactionDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoicingRunProblems_RunId] ON [InvoicingRunProblems] ([RunId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoicingRuns_IssuerId] ON [InvoicingRuns] ([IssuerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoicingRuns_StartedAt] ON [InvoicingRuns] ([StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_InvoicingRuns_Year_Month] ON [InvoicingRuns] ([Year], [Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_JournalMappingSettings_Target] ON [JournalMappingSettings] ([Target]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_KittingTasks_ContractId] ON [KittingTasks] ([ContractId]) WHERE SwapCaseId IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_KittingTasks_HardwareVendorId_Status] ON [KittingTasks] ([HardwareVendorId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_KittingTasks_SwapCaseId] ON [KittingTasks] ([SwapCaseId]) WHERE [SwapCaseId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Organisations_NameKana] ON [Organisations] ([NameKana]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_OutboundEmails_SentAt_Abandoned] ON [OutboundEmails] ([SentAt], [Abandoned]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ParameterSheetEvent_SheetId] ON [ParameterSheetEvent] ([SheetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ParameterSheets_ContractId] ON [ParameterSheets] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ParameterSheets_CustomerId] ON [ParameterSheets] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ParameterSheets_PartnerId_Status] ON [ParameterSheets] ([PartnerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ParameterSheetVersions_At] ON [ParameterSheetVersions] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ParameterSheetVersions_SheetId_Number] ON [ParameterSheetVersions] ([SheetId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PayerNames_PartnerId_Key] ON [PayerNames] ([PartnerId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_PaymentAllocations_InvoiceId] ON [PaymentAllocations] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_PaymentAllocations_PaymentId] ON [PaymentAllocations] ([PaymentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Payments_BankRecordIdentity] ON [Payments] ([BankRecordIdentity]) WHERE [BankRecordIdentity] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Payments_PartnerId_ReceivedOn] ON [Payments] ([PartnerId], [ReceivedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Payments_ReceivedOn] ON [Payments] ([ReceivedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Payments_ReversalRecordIdentity] ON [Payments] ([ReversalRecordIdentity]) WHERE [ReversalRecordIdentity] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_PendingCharges_ContractId] ON [PendingCharges] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_PendingCharges_PartnerId_Status] ON [PendingCharges] ([PartnerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PendingCharges_SourceId_Kind] ON [PendingCharges] ([SourceId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_PlanPolicyVersions_PlanCode_EffectiveFrom] ON [PlanPolicyVersions] ([PlanCode], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_PriceLists_ValidFrom] ON [PriceLists] ([ValidFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Quotes_CustomerId] ON [Quotes] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Quotes_Number] ON [Quotes] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Quotes_PartnerId_IssuedAt] ON [Quotes] ([PartnerId], [IssuedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_RequiredSoftwareVersions_ModelCode_EffectiveFrom] ON [RequiredSoftwareVersions] ([ModelCode], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ReturnTasks_ApplianceId_Status] ON [ReturnTasks] ([ApplianceId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ReturnTasks_ContractId] ON [ReturnTasks] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ReturnTasks_HardwareVendorId_Status] ON [ReturnTasks] ([HardwareVendorId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ReturnTasks_PartnerId_Status_Deadline] ON [ReturnTasks] ([PartnerId], [Status], [Deadline]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ReturnTasks_Status_Deadline] ON [ReturnTasks] ([Status], [Deadline]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SensorEvents_ApplianceId_Kind_ObservedAt] ON [SensorEvents] ([ApplianceId], [Kind], [ObservedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SensorEvents_CustomerId_Kind_ObservedAt] ON [SensorEvents] ([CustomerId], [Kind], [ObservedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SensorEvents_Kind_ObservedAt_ThreatClass_Severity] ON [SensorEvents] ([Kind], [ObservedAt], [ThreatClass], [Severity]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SensorEvents_PartnerId_Kind_ObservedAt] ON [SensorEvents] ([PartnerId], [Kind], [ObservedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SensorEvents_ReceivedAt] ON [SensorEvents] ([ReceivedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceContactRecords_CustomerId] ON [ServiceContactRecords] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceContactRecords_PartnerId] ON [ServiceContactRecords] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceNoticeDeliveries_NoticeId_PartnerId] ON [ServiceNoticeDeliveries] ([NoticeId], [PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceNoticeDeliveries_OutboundEmailId] ON [ServiceNoticeDeliveries] ([OutboundEmailId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceNoticeDeliveries_WithdrawsLetterId] ON [ServiceNoticeDeliveries] ([WithdrawsLetterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ServiceNoticePartners_NoticeId_PartnerId] ON [ServiceNoticePartners] ([NoticeId], [PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceNoticePartners_PartnerId] ON [ServiceNoticePartners] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ServiceNoticeRecipients_NoticeId_CustomerId] ON [ServiceNoticeRecipients] ([NoticeId], [CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceNoticeRecipients_NoticeId_PartnerId] ON [ServiceNoticeRecipients] ([NoticeId], [PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceNotices_CorrectsId] ON [ServiceNotices] ([CorrectsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_ServiceNotices_PublishedAt] ON [ServiceNotices] ([PublishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCaseAttachments_CaseId] ON [SupportCaseAttachments] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SupportCaseAttachments_StorageKey] ON [SupportCaseAttachments] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCaseCustomerRequests_CaseId] ON [SupportCaseCustomerRequests] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCaseEvents_CaseId_Sequence] ON [SupportCaseEvents] ([CaseId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCaseHearingAnswers_CaseId] ON [SupportCaseHearingAnswers] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCaseNotes_CaseId] ON [SupportCaseNotes] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCaseReports_CaseId] ON [SupportCaseReports] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCases_CustomerId] ON [SupportCases] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SupportCases_Number] ON [SupportCases] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCases_PartnerId_Status] ON [SupportCases] ([PartnerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SupportCases_Status_EscalatedAt] ON [SupportCases] ([Status], [EscalatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SwapCases_ContractId] ON [SwapCases] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SwapCases_OldApplianceId] ON [SwapCases] ([OldApplianceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SwapCases_OpenedAt] ON [SwapCases] ([OpenedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SwapCases_PartnerId_Status] ON [SwapCases] ([PartnerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SwapEvidence_PartnerId] ON [SwapEvidence] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SwapEvidence_StorageKey] ON [SwapEvidence] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SwapEvidence_SwapCaseId] ON [SwapEvidence] ([SwapCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ThreatMappingRules_MatchBy_Pattern] ON [ThreatMappingRules] ([MatchBy], [Pattern]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207142220_InitialSchema'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207142220_InitialSchema', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207163451_ContractLetterStoredAttachment'
)
BEGIN
    EXEC sp_rename N'[ContractLetters].[UploadedAt]', N'At', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207163451_ContractLetterStoredAttachment'
)
BEGIN
    ALTER TABLE [ContractLetters] ADD [ScanStatus] nvarchar(16) NOT NULL DEFAULT N'Clean';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207163451_ContractLetterStoredAttachment'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207163451_ContractLetterStoredAttachment', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165511_AlertPartnerFilterIndex'
)
BEGIN
    DROP INDEX [IX_SensorEvents_PartnerId_Kind_ObservedAt] ON [SensorEvents];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165511_AlertPartnerFilterIndex'
)
BEGIN
    CREATE INDEX [IX_SensorEvents_PartnerId_Kind_ObservedAt_ThreatClass_Severity] ON [SensorEvents] ([PartnerId], [Kind], [ObservedAt], [ThreatClass], [Severity]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165511_AlertPartnerFilterIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207165511_AlertPartnerFilterIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207195818_RetailCustomerReceipts'
)
BEGIN
    ALTER TABLE [Payments] ADD [CustomerId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207195818_RetailCustomerReceipts'
)
BEGIN
    ALTER TABLE [Payments] ADD [Method] nvarchar(16) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207195818_RetailCustomerReceipts'
)
BEGIN
    ALTER TABLE [Payments] ADD [PayeePartnerId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207195818_RetailCustomerReceipts'
)
BEGIN
    CREATE INDEX [IX_Payments_CustomerId] ON [Payments] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207195818_RetailCustomerReceipts'
)
BEGIN
    CREATE INDEX [IX_Payments_PayeePartnerId_CustomerId_ReceivedOn] ON [Payments] ([PayeePartnerId], [CustomerId], [ReceivedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207195818_RetailCustomerReceipts'
)
BEGIN
    ALTER TABLE [Payments] ADD CONSTRAINT [FK_Payments_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207195818_RetailCustomerReceipts'
)
BEGIN
    ALTER TABLE [Payments] ADD CONSTRAINT [FK_Payments_Organisations_PayeePartnerId] FOREIGN KEY ([PayeePartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207195818_RetailCustomerReceipts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207195818_RetailCustomerReceipts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207232652_CustomerReceiptInvoice'
)
BEGIN
    ALTER TABLE [Payments] ADD [ForInvoiceId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207232652_CustomerReceiptInvoice'
)
BEGIN
    CREATE INDEX [IX_Payments_ForInvoiceId] ON [Payments] ([ForInvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207232652_CustomerReceiptInvoice'
)
BEGIN
    ALTER TABLE [Payments] ADD CONSTRAINT [FK_Payments_Invoices_ForInvoiceId] FOREIGN KEY ([ForInvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207232652_CustomerReceiptInvoice'
)
BEGIN
    EXEC(N'UPDATE p SET p.[ForInvoiceId] =
        (SELECT TOP (1) a.[InvoiceId] FROM [PaymentAllocations] AS a WHERE a.[PaymentId] = p.[Id] ORDER BY a.[AllocatedAt])
    FROM [Payments] AS p
    WHERE p.[PayeePartnerId] IS NOT NULL AND p.[ForInvoiceId] IS NULL;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207232652_CustomerReceiptInvoice'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207232652_CustomerReceiptInvoice', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207234138_NoticeLetterRuleAndOtherMethod'
)
BEGIN
    EXEC sp_rename N'[ServiceNoticeDeliveries].[LetterRecordedBy]', N'RecordedBy', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207234138_NoticeLetterRuleAndOtherMethod'
)
BEGIN
    ALTER TABLE [ServiceNoticeDeliveries] ADD [LetterDelivery] nvarchar(16) NOT NULL DEFAULT N'NormalArrival';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207234138_NoticeLetterRuleAndOtherMethod'
)
BEGIN
    ALTER TABLE [ServiceNoticeDeliveries] ADD [OtherMethod] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207234138_NoticeLetterRuleAndOtherMethod'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207234138_NoticeLetterRuleAndOtherMethod', N'10.0.14');
END;

COMMIT;
GO

