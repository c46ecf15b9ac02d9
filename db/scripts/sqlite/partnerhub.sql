CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AlertDailyCounts" (
    "ApplianceId" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "ThreatClass" TEXT NOT NULL,
    "PartnerId" TEXT NULL,
    "CustomerId" TEXT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_AlertDailyCounts" PRIMARY KEY ("ApplianceId", "Day", "ThreatClass")
);

CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NULL,
    "PartnerId" TEXT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Changes" TEXT NOT NULL
);

CREATE TABLE "CalendarAdjustments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalendarAdjustments" PRIMARY KEY,
    "CalendarCode" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL
);

CREATE TABLE "DataErasures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DataErasures" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "ContractId" TEXT NULL,
    "DueOn" TEXT NOT NULL,
    "ErasedAt" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "DeviceStateChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DeviceStateChanges" PRIMARY KEY,
    "ApplianceId" TEXT NOT NULL,
    "PartnerId" TEXT NULL,
    "At" INTEGER NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Issues" INTEGER NOT NULL,
    "Restart" INTEGER NOT NULL
);

CREATE TABLE "GuidanceBatches" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GuidanceBatches" PRIMARY KEY,
    "FiscalYear" INTEGER NOT NULL,
    "TermEndsOn" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "StartedBy" TEXT NOT NULL,
    "FinishedAt" INTEGER NULL,
    "Total" INTEGER NOT NULL,
    "Written" INTEGER NOT NULL,
    "Skipped" INTEGER NOT NULL,
    "Failed" INTEGER NOT NULL,
    "Status" TEXT NOT NULL
);

CREATE TABLE "HearingSheetTemplates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_HearingSheetTemplates" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "PublishedAt" INTEGER NOT NULL
);

CREATE TABLE "IngestedBatches" (
    "BatchId" TEXT NOT NULL CONSTRAINT "PK_IngestedBatches" PRIMARY KEY,
    "BridgeId" TEXT NOT NULL,
    "IngestedAt" INTEGER NOT NULL,
    "Accepted" INTEGER NOT NULL,
    "Duplicates" INTEGER NOT NULL
);

CREATE TABLE "JournalMappingSettings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JournalMappingSettings" PRIMARY KEY,
    "Target" TEXT NOT NULL,
    "ReceivableAccount" TEXT NOT NULL,
    "SalesAccount" TEXT NOT NULL,
    "SalesReturnsAccount" TEXT NOT NULL,
    "ReceivableTaxCategory" TEXT NOT NULL,
    "CounterpartyAsSubAccount" INTEGER NOT NULL,
    "Department" TEXT NOT NULL,
    "StandardSales" TEXT NOT NULL,
    "ReducedSales" TEXT NOT NULL,
    "ExemptSales" TEXT NOT NULL,
    "StandardReturns" TEXT NOT NULL,
    "ReducedReturns" TEXT NOT NULL,
    "ExemptReturns" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);

CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameKana" TEXT NOT NULL,
    "CorporateNumber" TEXT NULL,
    "InvoiceRegistrationNumber" TEXT NULL,
    "PostalCode" TEXT NULL,
    "Address" TEXT NULL,
    "Phone" TEXT NULL,
    "Representative" TEXT NULL,
    "AgreementStartDate" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "Version" TEXT NOT NULL
);

CREATE TABLE "OutboundEmails" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboundEmails" PRIMARY KEY,
    "PartnerId" TEXT NULL,
    "Recipient" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Topic" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "Abandoned" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NULL,
    "CancelledAt" INTEGER NULL
);

CREATE TABLE "PlanPolicyVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanPolicyVersions" PRIMARY KEY,
    "PlanCode" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "Settings" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "WithdrawnAt" INTEGER NULL,
    "Version" TEXT NOT NULL
);

CREATE TABLE "PriceLists" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PriceLists" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    "Basis" TEXT NOT NULL,
    "EntriesJson" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);

CREATE TABLE "RequiredSoftwareVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RequiredSoftwareVersions" PRIMARY KEY,
    "ModelCode" TEXT NOT NULL,
    "MinimumVersion" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "Note" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL
);

CREATE TABLE "SensorEvents" (
    "EventId" TEXT NOT NULL CONSTRAINT "PK_SensorEvents" PRIMARY KEY,
    "BatchId" TEXT NOT NULL,
    "ApplianceSerial" TEXT NOT NULL,
    "ApplianceId" TEXT NULL,
    "PartnerId" TEXT NULL,
    "ContractId" TEXT NULL,
    "CustomerId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "EveEventType" TEXT NOT NULL,
    "ObservedAt" INTEGER NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "IngestedAt" INTEGER NOT NULL,
    "SignatureId" INTEGER NULL,
    "Signature" TEXT NULL,
    "Category" TEXT NULL,
    "Severity" TEXT NULL,
    "ThreatClass" TEXT NULL,
    "ThreatKind" TEXT NULL,
    "SourceIp" TEXT NULL,
    "SourcePort" INTEGER NULL,
    "DestinationIp" TEXT NULL,
    "DestinationPort" INTEGER NULL,
    "Protocol" TEXT NULL,
    "AppProtocol" TEXT NULL,
    "UptimeSeconds" INTEGER NULL,
    "RawJson" TEXT NOT NULL
);

CREATE TABLE "ServiceNotices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServiceNotices" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "TitleJa" TEXT NOT NULL,
    "TitleEn" TEXT NULL,
    "BodyJa" TEXT NOT NULL,
    "BodyEn" TEXT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "EffectiveUntil" TEXT NULL,
    "Reason" TEXT NULL,
    "RecipientAction" TEXT NULL,
    "NewTerms" TEXT NULL,
    "EmergencyReason" TEXT NULL,
    "FeesDuringSuspension" TEXT NULL,
    "Ground" TEXT NULL,
    "PublishedAsEmergency" INTEGER NOT NULL,
    "TargetKind" TEXT NOT NULL,
    "TargetValues" TEXT NOT NULL,
    "TargetPartners" TEXT NOT NULL,
    "PublishedAt" INTEGER NOT NULL,
    "PublishedOn" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    "CustomerCount" INTEGER NOT NULL,
    "PartnerCount" INTEGER NOT NULL,
    "CorrectsId" TEXT NULL,
    "OriginalNoticeDate" TEXT NULL,
    "WithdrawnAt" INTEGER NULL,
    "WithdrawnOn" TEXT NULL,
    "WithdrawnBy" TEXT NULL,
    "WithdrawalReason" TEXT NULL,
    "SupersededById" TEXT NULL,
    "SupersededAt" INTEGER NULL,
    "SupersededOn" TEXT NULL
);

CREATE TABLE "ThreatMappingRules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ThreatMappingRules" PRIMARY KEY,
    "MatchBy" TEXT NOT NULL,
    "Pattern" TEXT NOT NULL,
    "ThreatClass" TEXT NOT NULL,
    "ThreatKind" TEXT NOT NULL,
    "Note" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "HearingQuestions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HearingQuestions" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "TextJa" TEXT NOT NULL,
    "TextEn" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Required" INTEGER NOT NULL,
    "Choices" TEXT NOT NULL,
    "TemplateId" TEXT NOT NULL,
    CONSTRAINT "FK_HearingQuestions_HearingSheetTemplates_TemplateId" FOREIGN KEY ("TemplateId") REFERENCES "HearingSheetTemplates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "PreferredCulture" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Customers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameKana" TEXT NOT NULL,
    "CorporateNumber" TEXT NULL,
    "PostalCode" TEXT NULL,
    "Prefecture" TEXT NULL,
    "Address" TEXT NULL,
    "Phone" TEXT NULL,
    "Industry" TEXT NULL,
    "Segment" TEXT NOT NULL,
    "NotificationEmails" TEXT NULL,
    "NotificationLanguage" TEXT NOT NULL,
    "ServiceContact_Name" TEXT NOT NULL,
    "ServiceContact_NameKana" TEXT NOT NULL,
    "ServiceContact_Email" TEXT NOT NULL,
    "ServiceContact_Phone" TEXT NOT NULL,
    "ServiceContact_Department" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Customers_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "InvoiceNumberCounters" (
    "IssuerId" TEXT NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "Series" TEXT NOT NULL,
    "LastNumber" INTEGER NOT NULL,
    CONSTRAINT "PK_InvoiceNumberCounters" PRIMARY KEY ("IssuerId", "FiscalYear", "Series"),
    CONSTRAINT "FK_InvoiceNumberCounters_Organisations_IssuerId" FOREIGN KEY ("IssuerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Invoices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invoices" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "IssuerId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "RecipientKind" TEXT NOT NULL,
    "RecipientId" TEXT NOT NULL,
    "RecipientName" TEXT NOT NULL,
    "TransactionDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "OriginalInvoiceId" TEXT NULL,
    "OriginalNumber" TEXT NULL,
    "OriginalTransactionDate" TEXT NULL,
    "PriceBasis" TEXT NOT NULL,
    "Rounding" TEXT NOT NULL,
    "Number" TEXT NULL,
    "FiscalYear" INTEGER NULL,
    "IssuedAt" INTEGER NULL,
    "IssuedBy" TEXT NULL,
    "IssuerName" TEXT NULL,
    "IssuerRegistrationNumber" TEXT NULL,
    "IssuerAddress" TEXT NULL,
    "RecipientAddress" TEXT NULL,
    "PdfSha256" TEXT NULL,
    "CancelledByCreditNoteId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "TaxExcludedTotal" INTEGER NOT NULL,
    "TaxTotal" INTEGER NOT NULL,
    "GrandTotal" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Invoices_Invoices_OriginalInvoiceId" FOREIGN KEY ("OriginalInvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Invoices_Organisations_IssuerId" FOREIGN KEY ("IssuerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "InvoicingRuns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InvoicingRuns" PRIMARY KEY,
    "IssuerId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "StartedBy" TEXT NOT NULL,
    "FinishedAt" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "InvoicesPlanned" INTEGER NOT NULL,
    "InvoicesIssued" INTEGER NOT NULL,
    "LinesIssued" INTEGER NOT NULL,
    "AmountIssued" INTEGER NOT NULL,
    "ChargesAlreadyBilled" INTEGER NOT NULL,
    "InvoicesRefused" INTEGER NOT NULL,
    "ContractsRefused" INTEGER NOT NULL,
    "FailureMessage" TEXT NULL,
    CONSTRAINT "FK_InvoicingRuns_Organisations_IssuerId" FOREIGN KEY ("IssuerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PayerNames" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PayerNames" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_PayerNames_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Payments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Payments" PRIMARY KEY,
    "ReceivedOn" TEXT NOT NULL,
    "Amount" INTEGER NOT NULL,
    "PayerName" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "SourceFileName" TEXT NULL,
    "SourceRecordNumber" INTEGER NULL,
    "BankRecordIdentity" TEXT NULL,
    "PartnerId" TEXT NULL,
    "MatchState" TEXT NOT NULL,
    "MatchReasons" TEXT NOT NULL,
    "Note" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "ReversedAt" INTEGER NULL,
    "ReversedOn" TEXT NULL,
    "ReversedBy" TEXT NULL,
    "ReversalReason" TEXT NULL,
    "ReversalRecordIdentity" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Payments_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "RetailInvoicingProfiles" (
    "PartnerId" TEXT NOT NULL CONSTRAINT "PK_RetailInvoicingProfiles" PRIMARY KEY,
    "Enabled" INTEGER NOT NULL,
    "IssuerName" TEXT NOT NULL,
    "RegistrationNumber" TEXT NOT NULL,
    "PriceBasis" TEXT NOT NULL,
    "Rounding" TEXT NOT NULL,
    "FiscalYearStartMonth" INTEGER NOT NULL,
    "PaymentTermDays" INTEGER NOT NULL,
    "ChangedAt" INTEGER NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_RetailInvoicingProfiles_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ServiceNoticeDeliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServiceNoticeDeliveries" PRIMARY KEY,
    "NoticeId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "CustomerId" TEXT NULL,
    "Audience" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Withdrawal" INTEGER NOT NULL,
    "WithdrawsLetterId" TEXT NULL,
    "OutboundEmailId" TEXT NULL,
    "QueuedAt" INTEGER NOT NULL,
    "DeemedDeliveredAt" INTEGER NULL,
    "LetterArrivesOn" TEXT NULL,
    "LetterPostedOn" TEXT NULL,
    "LetterReturnedOn" TEXT NULL,
    "LetterRecordedBy" TEXT NULL,
    CONSTRAINT "FK_ServiceNoticeDeliveries_OutboundEmails_OutboundEmailId" FOREIGN KEY ("OutboundEmailId") REFERENCES "OutboundEmails" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ServiceNoticeDeliveries_ServiceNoticeDeliveries_WithdrawsLetterId" FOREIGN KEY ("WithdrawsLetterId") REFERENCES "ServiceNoticeDeliveries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ServiceNoticeDeliveries_ServiceNotices_NoticeId" FOREIGN KEY ("NoticeId") REFERENCES "ServiceNotices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ServiceNoticePartners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServiceNoticePartners" PRIMARY KEY,
    "NoticeId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "PartnerName" TEXT NOT NULL,
    "CustomerCount" INTEGER NOT NULL,
    "AcknowledgedAt" INTEGER NULL,
    "AcknowledgedBy" TEXT NULL,
    CONSTRAINT "FK_ServiceNoticePartners_ServiceNotices_NoticeId" FOREIGN KEY ("NoticeId") REFERENCES "ServiceNotices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ServiceNoticeRecipients" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServiceNoticeRecipients" PRIMARY KEY,
    "NoticeId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "PlanCodes" TEXT NOT NULL,
    CONSTRAINT "FK_ServiceNoticeRecipients_ServiceNotices_NoticeId" FOREIGN KEY ("NoticeId") REFERENCES "ServiceNotices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Contracts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Contracts" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "PlanCode" TEXT NOT NULL,
    "Units" INTEGER NOT NULL,
    "AnnualFee" INTEGER NOT NULL,
    "WholesaleAnnualFee" INTEGER NULL,
    "PolicySettings" TEXT NULL,
    "PolicyVersionId" TEXT NULL,
    "QuoteId" TEXT NULL,
    "OrderedOn" TEXT NOT NULL,
    "DeliveryCompletedOn" TEXT NULL,
    "ServiceStartOn" TEXT NULL,
    "CurrentTerm" INTEGER NOT NULL,
    "CurrentTermEndsOn" TEXT NULL,
    "NonRenewalNoticeOn" TEXT NULL,
    "NonRenewalReceivedByPartnerOn" TEXT NULL,
    "NonRenewalForwardedOn" TEXT NULL,
    "NonRenewalLetterId" TEXT NULL,
    "EarlyEndOn" TEXT NULL,
    "EarlyEndCause" TEXT NULL,
    "EarlyEndRequestedOn" TEXT NULL,
    "EarlyEndReason" TEXT NULL,
    "EarlyEndNoticeId" TEXT NULL,
    "ServiceEndedOn" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Contracts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Contracts_PlanPolicyVersions_PolicyVersionId" FOREIGN KEY ("PolicyVersionId") REFERENCES "PlanPolicyVersions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Quotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Quotes" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "PlanCode" TEXT NOT NULL,
    "Endpoints" INTEGER NOT NULL,
    "BandwidthMbps" INTEGER NOT NULL,
    "Units" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "PriceBasis" TEXT NOT NULL,
    "PriceListName" TEXT NOT NULL,
    "UnitWholesale" INTEGER NOT NULL,
    "UnitRetail" INTEGER NOT NULL,
    "WholesaleTaxExcluded" INTEGER NOT NULL,
    "WholesaleTax" INTEGER NOT NULL,
    "WholesaleTotal" INTEGER NOT NULL,
    "RetailTaxExcluded" INTEGER NOT NULL,
    "RetailTax" INTEGER NOT NULL,
    "RetailTotal" INTEGER NOT NULL,
    "TaxRatePercent" INTEGER NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Quotes_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ServiceContactRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ServiceContactRecords" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Contact_Name" TEXT NOT NULL,
    "Contact_NameKana" TEXT NOT NULL,
    "Contact_Email" TEXT NOT NULL,
    "Contact_Phone" TEXT NOT NULL,
    "Contact_Department" TEXT NULL,
    "RegisteredFrom" INTEGER NOT NULL,
    "ReplacedAt" INTEGER NULL,
    CONSTRAINT "FK_ServiceContactRecords_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SupportCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SupportCases" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "ThreatClass" TEXT NULL,
    "ApplianceSerial" TEXT NULL,
    "AlertEventId" TEXT NULL,
    "OpeningSnapshot" TEXT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "OpenedBy" TEXT NOT NULL,
    "Caller_CallerName" TEXT NOT NULL,
    "Caller_CallerPhone" TEXT NULL,
    "Caller_CallerEmail" TEXT NULL,
    "Caller_Method" TEXT NOT NULL,
    "Caller_NameMatches" INTEGER NOT NULL,
    "Caller_EvidenceMatches" INTEGER NOT NULL,
    "Caller_At" INTEGER NOT NULL,
    "Caller_By" TEXT NOT NULL,
    "Caller_Note" TEXT NULL,
    "CallerPolicy" TEXT NOT NULL,
    "HearingTemplateId" TEXT NULL,
    "HearingTemplateVersion" INTEGER NULL,
    "HearingSheetMarking" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "PartnerAnswer" TEXT NULL,
    "EscalatedAt" INTEGER NULL,
    "AssignedTo" TEXT NULL,
    "FirstAnsweredAt" INTEGER NULL,
    "FirstAnswerDueAt" INTEGER NULL,
    "FirstAnswerChannel" TEXT NULL,
    "ClosedAt" INTEGER NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_SupportCases_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SupportCases_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DunningNotices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DunningNotices" PRIMARY KEY,
    "InvoiceId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "InvoiceNumber" TEXT NOT NULL,
    "Stage" INTEGER NOT NULL,
    "DaysOverdue" INTEGER NOT NULL,
    "DueDate" TEXT NOT NULL,
    "OpenBalance" INTEGER NOT NULL,
    "Recipients" TEXT NOT NULL,
    "SentOn" TEXT NOT NULL,
    "QueuedAt" INTEGER NOT NULL,
    "QueuedBy" TEXT NOT NULL,
    CONSTRAINT "FK_DunningNotices_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "InvoiceItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InvoiceItems" PRIMARY KEY,
    "Position" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "UnitPrice" INTEGER NOT NULL,
    "TaxCategory" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "SourceContractId" TEXT NULL,
    "SourceTerm" INTEGER NULL,
    "SourceCharge" TEXT NULL,
    "SourcePendingChargeId" TEXT NULL,
    "ManualReason" TEXT NULL,
    "InvoiceId" TEXT NOT NULL,
    CONSTRAINT "FK_InvoiceItems_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "InvoicePdfs" (
    "InvoiceId" TEXT NOT NULL CONSTRAINT "PK_InvoicePdfs" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "Sha256" TEXT NOT NULL,
    CONSTRAINT "FK_InvoicePdfs_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "InvoiceRateTotals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InvoiceRateTotals" PRIMARY KEY,
    "Category" TEXT NOT NULL,
    "RatePercent" INTEGER NOT NULL,
    "LinesTotal" INTEGER NOT NULL,
    "TaxExcludedAmount" INTEGER NOT NULL,
    "Tax" INTEGER NOT NULL,
    "TaxIncludedAmount" INTEGER NOT NULL,
    "InvoiceId" TEXT NOT NULL,
    CONSTRAINT "FK_InvoiceRateTotals_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "InvoicingRunProblems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InvoicingRunProblems" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "ContractId" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "RunId" TEXT NOT NULL,
    CONSTRAINT "FK_InvoicingRunProblems_InvoicingRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "InvoicingRuns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BankCancellations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BankCancellations" PRIMARY KEY,
    "RecordIdentity" TEXT NOT NULL,
    "AccountKey" TEXT NOT NULL,
    "ReferenceKey" TEXT NOT NULL,
    "Account" TEXT NOT NULL,
    "InquiryNumber" TEXT NOT NULL,
    "Amount" INTEGER NOT NULL,
    "PayerName" TEXT NOT NULL,
    "BookingDate" TEXT NOT NULL,
    "ValueDate" TEXT NULL,
    "SourceFileName" TEXT NOT NULL,
    "SourceRecordNumber" INTEGER NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "Cause" TEXT NOT NULL,
    "RefusedPaymentId" TEXT NULL,
    "RefusalDetail" TEXT NULL,
    "Status" TEXT NOT NULL,
    "MatchedPaymentId" TEXT NULL,
    "Resolution" TEXT NULL,
    "ResolvedByImportOf" TEXT NULL,
    "ResolvedAt" INTEGER NULL,
    "ResolvedBy" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_BankCancellations_Payments_MatchedPaymentId" FOREIGN KEY ("MatchedPaymentId") REFERENCES "Payments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_BankCancellations_Payments_RefusedPaymentId" FOREIGN KEY ("RefusedPaymentId") REFERENCES "Payments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PaymentAllocations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PaymentAllocations" PRIMARY KEY,
    "InvoiceId" TEXT NOT NULL,
    "Amount" INTEGER NOT NULL,
    "AllocatedAt" INTEGER NOT NULL,
    "AllocatedBy" TEXT NOT NULL,
    "PaymentId" TEXT NOT NULL,
    CONSTRAINT "FK_PaymentAllocations_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PaymentAllocations_Payments_PaymentId" FOREIGN KEY ("PaymentId") REFERENCES "Payments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Appliances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Appliances" PRIMARY KEY,
    "SerialNumber" TEXT NOT NULL,
    "ModelCode" TEXT NOT NULL,
    "Condition" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ContractId" TEXT NULL,
    "PartnerId" TEXT NULL,
    "HardwareVendorId" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Appliances_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ContractEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContractEvents" PRIMARY KEY,
    "ContractId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Kind" TEXT NOT NULL DEFAULT 'StatusChanged',
    CONSTRAINT "FK_ContractEvents_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ContractLetters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContractLetters" PRIMARY KEY,
    "ContractId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageKey" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    CONSTRAINT "FK_ContractLetters_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GuidanceLetters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GuidanceLetters" PRIMARY KEY,
    "BatchId" TEXT NOT NULL,
    "ContractId" TEXT NOT NULL,
    "ContractNumber" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "PartnerName" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "TermStart" TEXT NOT NULL,
    "TermEnd" TEXT NOT NULL,
    "NextTermStart" TEXT NOT NULL,
    "NextTermEnd" TEXT NOT NULL,
    "Fee" INTEGER NOT NULL,
    "DueOn" TEXT NOT NULL,
    "CancelBy" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "JapaneseEra" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "Pdf" BLOB NULL,
    "PdfSha256" TEXT NULL,
    "RecipientKind" TEXT NULL,
    "Recipients" TEXT NULL,
    "EmailQueuedAt" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "Error" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_GuidanceLetters_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GuidanceLetters_GuidanceBatches_BatchId" FOREIGN KEY ("BatchId") REFERENCES "GuidanceBatches" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "KittingTasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_KittingTasks" PRIMARY KEY,
    "ContractId" TEXT NOT NULL,
    "SwapCaseId" TEXT NULL,
    "PartnerId" TEXT NOT NULL,
    "HardwareVendorId" TEXT NOT NULL,
    "AssignedAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CompletedChecklist" TEXT NOT NULL,
    "Carrier" TEXT NULL,
    "TrackingNumber" TEXT NULL,
    "ShippedOn" TEXT NULL,
    "PlannedDeliveryOn" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_KittingTasks_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_KittingTasks_Organisations_HardwareVendorId" FOREIGN KEY ("HardwareVendorId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ParameterSheets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ParameterSheets" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "ContractId" TEXT NULL,
    "ModelCode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ConfirmationSource" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_ParameterSheets_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ParameterSheets_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PendingCharges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PendingCharges" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "ContractId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Amount" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Article" TEXT NOT NULL,
    "SourceId" TEXT NOT NULL,
    "IncurredOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "InvoiceId" TEXT NULL,
    "WaiverReason" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "SettledAt" INTEGER NULL,
    "SettledBy" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_PendingCharges_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PendingCharges_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SupportCaseAttachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SupportCaseAttachments" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "Marking" TEXT NOT NULL,
    "Side" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageKey" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "ScanStatus" TEXT NOT NULL,
    CONSTRAINT "FK_SupportCaseAttachments_SupportCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "SupportCases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SupportCaseCustomerRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SupportCaseCustomerRequests" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "FulfilledAt" INTEGER NULL,
    CONSTRAINT "FK_SupportCaseCustomerRequests_SupportCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "SupportCases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SupportCaseEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SupportCaseEvents" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    "Detail" TEXT NULL,
    "Sequence" INTEGER NOT NULL,
    CONSTRAINT "FK_SupportCaseEvents_SupportCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "SupportCases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SupportCaseHearingAnswers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SupportCaseHearingAnswers" PRIMARY KEY AUTOINCREMENT,
    "QuestionKey" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    CONSTRAINT "FK_SupportCaseHearingAnswers_SupportCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "SupportCases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SupportCaseNotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SupportCaseNotes" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "AuthorSide" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Marking" TEXT NOT NULL,
    CONSTRAINT "FK_SupportCaseNotes_SupportCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "SupportCases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SupportCaseReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SupportCaseReports" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "Marking" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    CONSTRAINT "FK_SupportCaseReports_SupportCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "SupportCases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ApplianceEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApplianceEvents" PRIMARY KEY,
    "ApplianceId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_ApplianceEvents_Appliances_ApplianceId" FOREIGN KEY ("ApplianceId") REFERENCES "Appliances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DeviceHealths" (
    "ApplianceId" TEXT NOT NULL CONSTRAINT "PK_DeviceHealths" PRIMARY KEY,
    "SerialNumber" TEXT NOT NULL,
    "ModelCode" TEXT NOT NULL,
    "PartnerId" TEXT NULL,
    "ContractId" TEXT NULL,
    "CustomerId" TEXT NULL,
    "FirstSeenAt" INTEGER NULL,
    "LastSeenAt" INTEGER NULL,
    "ClockSkewSeconds" REAL NULL,
    "LastHeartbeatAt" INTEGER NULL,
    "CpuPercent" REAL NULL,
    "MemoryPercent" REAL NULL,
    "DiskPercent" REAL NULL,
    "UptimeSeconds" INTEGER NULL,
    "SoftwareVersion" TEXT NULL,
    "MonitoredEndpoints" INTEGER NULL,
    "RestartCount" INTEGER NOT NULL,
    "LastRestartAt" INTEGER NULL,
    "LastStatsAt" INTEGER NULL,
    "KernelPackets" INTEGER NULL,
    "KernelDrops" INTEGER NULL,
    "DecodedBytes" INTEGER NULL,
    "SensorUptimeSeconds" INTEGER NULL,
    "DropRatePercent" REAL NULL,
    "BandwidthMbps" REAL NULL,
    "LastTrafficAt" INTEGER NULL,
    "LastAlertAt" INTEGER NULL,
    "State" TEXT NOT NULL,
    "Issues" INTEGER NOT NULL,
    "StateSince" INTEGER NULL,
    "LastNotifiedAt" INTEGER NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_DeviceHealths_Appliances_ApplianceId" FOREIGN KEY ("ApplianceId") REFERENCES "Appliances" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReturnTasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReturnTasks" PRIMARY KEY,
    "ApplianceId" TEXT NOT NULL,
    "SerialNumber" TEXT NOT NULL,
    "ModelCode" TEXT NOT NULL,
    "ContractId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "HardwareVendorId" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "SourceId" TEXT NULL,
    "ReasonNote" TEXT NULL,
    "ReturnFrom" TEXT NOT NULL,
    "Deadline" TEXT NOT NULL,
    "ShippingPaidBy" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Carrier" TEXT NULL,
    "TrackingNumber" TEXT NULL,
    "ShippedOn" TEXT NULL,
    "ReceivedOn" TEXT NULL,
    "ReceivedBy" TEXT NULL,
    "Condition" TEXT NULL,
    "ConditionNote" TEXT NULL,
    "LateExcuse" TEXT NULL,
    "Outcome" TEXT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "OpenedBy" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_ReturnTasks_Appliances_ApplianceId" FOREIGN KEY ("ApplianceId") REFERENCES "Appliances" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReturnTasks_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReturnTasks_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SwapCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SwapCases" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "ContractId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "OldApplianceId" TEXT NOT NULL,
    "OldSerialNumber" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "WhatHappened" TEXT NOT NULL,
    "Since" INTEGER NOT NULL,
    "ReportedInWritingOn" TEXT NULL,
    "HealthAtOpening" TEXT NULL,
    "Status" TEXT NOT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "OpenedBy" TEXT NOT NULL,
    "PartnerAttribution_Attribution" TEXT NULL,
    "PartnerAttribution_Ground" TEXT NULL,
    "PartnerAttribution_Note" TEXT NULL,
    "PartnerAttribution_At" INTEGER NULL,
    "PartnerAttribution_By" TEXT NULL,
    "FinalAttribution_Attribution" TEXT NULL,
    "FinalAttribution_Ground" TEXT NULL,
    "FinalAttribution_Note" TEXT NULL,
    "FinalAttribution_At" INTEGER NULL,
    "FinalAttribution_By" TEXT NULL,
    "SwapCost" INTEGER NULL,
    "ReplacementKittingTaskId" TEXT NULL,
    "ReplacementApplianceId" TEXT NULL,
    "ReplacementSerialNumber" TEXT NULL,
    "ReplacementDeliveredOn" TEXT NULL,
    "OldUnitReturnDueOn" TEXT NULL,
    "Outage_VendorAwareAt" INTEGER NULL,
    "Outage_RestoredAt" INTEGER NULL,
    "Outage_FullDays" INTEGER NULL,
    "Outage_DayPrice" INTEGER NULL,
    "Outage_Amount" INTEGER NULL,
    "Outage_RecordedAt" INTEGER NULL,
    "Outage_RecordedBy" TEXT NULL,
    "ClosedAt" INTEGER NULL,
    "WithdrawalReason" TEXT NULL,
    "WithdrawnBy" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_SwapCases_Appliances_OldApplianceId" FOREIGN KEY ("OldApplianceId") REFERENCES "Appliances" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SwapCases_Contracts_ContractId" FOREIGN KEY ("ContractId") REFERENCES "Contracts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SwapCases_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ParameterSheetEvent" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ParameterSheetEvent" PRIMARY KEY,
    "SheetId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_ParameterSheetEvent_ParameterSheets_SheetId" FOREIGN KEY ("SheetId") REFERENCES "ParameterSheets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ParameterSheetVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ParameterSheetVersions" PRIMARY KEY,
    "SheetId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Content_SiteName" TEXT NOT NULL,
    "Content_SiteAddress" TEXT NOT NULL,
    "Content_RackLocation" TEXT NULL,
    "Content_ManagementIp" TEXT NOT NULL,
    "Content_PrefixLength" INTEGER NOT NULL,
    "Content_Gateway" TEXT NOT NULL,
    "Content_DnsServers" TEXT NOT NULL,
    "Content_NtpServers" TEXT NULL,
    "Content_Proxy" TEXT NULL,
    "Content_MirrorPort" TEXT NOT NULL,
    "Content_MonitoredSegments" TEXT NOT NULL,
    "Content_ExpectedBandwidthMbps" INTEGER NOT NULL,
    "Content_LineSpeedMbps" INTEGER NULL,
    "Content_ExpectedEndpoints" INTEGER NOT NULL,
    "Content_NotificationEmails" TEXT NOT NULL,
    "Content_NotificationLanguage" TEXT NOT NULL,
    "Content_OnSiteContactName" TEXT NOT NULL,
    "Content_OnSiteContactPhone" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NOT NULL,
    CONSTRAINT "FK_ParameterSheetVersions_ParameterSheets_SheetId" FOREIGN KEY ("SheetId") REFERENCES "ParameterSheets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SwapEvidence" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SwapEvidence" PRIMARY KEY,
    "SwapCaseId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageKey" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "ScanStatus" TEXT NOT NULL,
    CONSTRAINT "FK_SwapEvidence_SwapCases_SwapCaseId" FOREIGN KEY ("SwapCaseId") REFERENCES "SwapCases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AlertDailyCounts_Day_PartnerId" ON "AlertDailyCounts" ("Day", "PartnerId");

CREATE INDEX "IX_ApplianceEvents_ApplianceId" ON "ApplianceEvents" ("ApplianceId");

CREATE INDEX "IX_Appliances_ContractId" ON "Appliances" ("ContractId");

CREATE INDEX "IX_Appliances_HardwareVendorId" ON "Appliances" ("HardwareVendorId");

CREATE INDEX "IX_Appliances_PartnerId" ON "Appliances" ("PartnerId");

CREATE UNIQUE INDEX "IX_Appliances_SerialNumber" ON "Appliances" ("SerialNumber");

CREATE INDEX "IX_Appliances_Status_ModelCode" ON "Appliances" ("Status", "ModelCode");

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");

CREATE INDEX "IX_AuditEntries_EntityType_At_PartnerId" ON "AuditEntries" ("EntityType", "At", "PartnerId");

CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");

CREATE INDEX "IX_AuditEntries_PartnerId_At" ON "AuditEntries" ("PartnerId", "At");

CREATE INDEX "IX_BankCancellations_MatchedPaymentId" ON "BankCancellations" ("MatchedPaymentId");

CREATE UNIQUE INDEX "IX_BankCancellations_RecordIdentity" ON "BankCancellations" ("RecordIdentity");

CREATE INDEX "IX_BankCancellations_RefusedPaymentId" ON "BankCancellations" ("RefusedPaymentId");

CREATE INDEX "IX_BankCancellations_Status_AccountKey_ReferenceKey" ON "BankCancellations" ("Status", "AccountKey", "ReferenceKey");

CREATE INDEX "IX_BankCancellations_Status_BookingDate" ON "BankCancellations" ("Status", "BookingDate");

CREATE INDEX "IX_CalendarAdjustments_CalendarCode_From" ON "CalendarAdjustments" ("CalendarCode", "From");

CREATE INDEX "IX_ContractEvents_ContractId" ON "ContractEvents" ("ContractId");

CREATE INDEX "IX_ContractEvents_PartnerId" ON "ContractEvents" ("PartnerId");

CREATE INDEX "IX_ContractLetters_ContractId" ON "ContractLetters" ("ContractId");

CREATE INDEX "IX_ContractLetters_PartnerId" ON "ContractLetters" ("PartnerId");

CREATE UNIQUE INDEX "IX_ContractLetters_StorageKey" ON "ContractLetters" ("StorageKey");

CREATE INDEX "IX_Contracts_CustomerId" ON "Contracts" ("CustomerId");

CREATE INDEX "IX_Contracts_EarlyEndNoticeId" ON "Contracts" ("EarlyEndNoticeId");

CREATE UNIQUE INDEX "IX_Contracts_Number" ON "Contracts" ("Number");

CREATE INDEX "IX_Contracts_OrderedOn_Number" ON "Contracts" ("OrderedOn" DESC, "Number");

CREATE INDEX "IX_Contracts_PartnerId_Status" ON "Contracts" ("PartnerId", "Status");

CREATE INDEX "IX_Contracts_PolicyVersionId" ON "Contracts" ("PolicyVersionId");

CREATE INDEX "IX_Contracts_Status_CurrentTermEndsOn" ON "Contracts" ("Status", "CurrentTermEndsOn");

CREATE INDEX "IX_Customers_PartnerId_NameKana" ON "Customers" ("PartnerId", "NameKana");

CREATE UNIQUE INDEX "IX_DataErasures_ContractId" ON "DataErasures" ("ContractId");

CREATE INDEX "IX_DataErasures_CustomerId_ContractId" ON "DataErasures" ("CustomerId", "ContractId");

CREATE INDEX "IX_DataErasures_PartnerId" ON "DataErasures" ("PartnerId");

CREATE INDEX "IX_DeviceHealths_PartnerId_State" ON "DeviceHealths" ("PartnerId", "State");

CREATE INDEX "IX_DeviceStateChanges_ApplianceId_At" ON "DeviceStateChanges" ("ApplianceId", "At");

CREATE UNIQUE INDEX "IX_DunningNotices_InvoiceId_Stage" ON "DunningNotices" ("InvoiceId", "Stage");

CREATE INDEX "IX_DunningNotices_PartnerId_SentOn" ON "DunningNotices" ("PartnerId", "SentOn");

CREATE INDEX "IX_GuidanceBatches_FiscalYear_StartedAt" ON "GuidanceBatches" ("FiscalYear", "StartedAt");

CREATE INDEX "IX_GuidanceLetters_BatchId" ON "GuidanceLetters" ("BatchId");

CREATE UNIQUE INDEX "IX_GuidanceLetters_ContractId_FiscalYear" ON "GuidanceLetters" ("ContractId", "FiscalYear");

CREATE INDEX "IX_GuidanceLetters_FiscalYear_PartnerId" ON "GuidanceLetters" ("FiscalYear", "PartnerId");

CREATE INDEX "IX_HearingQuestions_TemplateId" ON "HearingQuestions" ("TemplateId");

CREATE UNIQUE INDEX "IX_HearingSheetTemplates_Name_VersionNumber" ON "HearingSheetTemplates" ("Name", "VersionNumber");

CREATE INDEX "IX_IngestedBatches_IngestedAt" ON "IngestedBatches" ("IngestedAt");

CREATE INDEX "IX_InvoiceItems_InvoiceId" ON "InvoiceItems" ("InvoiceId");

CREATE INDEX "IX_InvoiceItems_SourceContractId_SourceTerm" ON "InvoiceItems" ("SourceContractId", "SourceTerm");

CREATE INDEX "IX_InvoiceItems_SourcePendingChargeId" ON "InvoiceItems" ("SourcePendingChargeId");

CREATE INDEX "IX_InvoicePdfs_PartnerId" ON "InvoicePdfs" ("PartnerId");

CREATE INDEX "IX_InvoiceRateTotals_InvoiceId" ON "InvoiceRateTotals" ("InvoiceId");

CREATE UNIQUE INDEX "IX_Invoices_IssuerId_Number" ON "Invoices" ("IssuerId", "Number");

CREATE INDEX "IX_Invoices_OriginalInvoiceId" ON "Invoices" ("OriginalInvoiceId");

CREATE INDEX "IX_Invoices_PartnerId_TransactionDate" ON "Invoices" ("PartnerId", "TransactionDate");

CREATE INDEX "IX_Invoices_TransactionDate" ON "Invoices" ("TransactionDate");

CREATE INDEX "IX_InvoicingRunProblems_RunId" ON "InvoicingRunProblems" ("RunId");

CREATE INDEX "IX_InvoicingRuns_IssuerId" ON "InvoicingRuns" ("IssuerId");

CREATE INDEX "IX_InvoicingRuns_StartedAt" ON "InvoicingRuns" ("StartedAt");

CREATE INDEX "IX_InvoicingRuns_Year_Month" ON "InvoicingRuns" ("Year", "Month");

CREATE UNIQUE INDEX "IX_JournalMappingSettings_Target" ON "JournalMappingSettings" ("Target");

CREATE UNIQUE INDEX "IX_KittingTasks_ContractId" ON "KittingTasks" ("ContractId") WHERE SwapCaseId IS NULL;

CREATE INDEX "IX_KittingTasks_HardwareVendorId_Status" ON "KittingTasks" ("HardwareVendorId", "Status");

CREATE UNIQUE INDEX "IX_KittingTasks_SwapCaseId" ON "KittingTasks" ("SwapCaseId");

CREATE INDEX "IX_Organisations_NameKana" ON "Organisations" ("NameKana");

CREATE INDEX "IX_OutboundEmails_SentAt_Abandoned" ON "OutboundEmails" ("SentAt", "Abandoned");

CREATE INDEX "IX_ParameterSheetEvent_SheetId" ON "ParameterSheetEvent" ("SheetId");

CREATE INDEX "IX_ParameterSheets_ContractId" ON "ParameterSheets" ("ContractId");

CREATE INDEX "IX_ParameterSheets_CustomerId" ON "ParameterSheets" ("CustomerId");

CREATE INDEX "IX_ParameterSheets_PartnerId_Status" ON "ParameterSheets" ("PartnerId", "Status");

CREATE INDEX "IX_ParameterSheetVersions_At" ON "ParameterSheetVersions" ("At");

CREATE UNIQUE INDEX "IX_ParameterSheetVersions_SheetId_Number" ON "ParameterSheetVersions" ("SheetId", "Number");

CREATE UNIQUE INDEX "IX_PayerNames_PartnerId_Key" ON "PayerNames" ("PartnerId", "Key");

CREATE INDEX "IX_PaymentAllocations_InvoiceId" ON "PaymentAllocations" ("InvoiceId");

CREATE INDEX "IX_PaymentAllocations_PaymentId" ON "PaymentAllocations" ("PaymentId");

CREATE UNIQUE INDEX "IX_Payments_BankRecordIdentity" ON "Payments" ("BankRecordIdentity");

CREATE INDEX "IX_Payments_PartnerId_ReceivedOn" ON "Payments" ("PartnerId", "ReceivedOn");

CREATE INDEX "IX_Payments_ReceivedOn" ON "Payments" ("ReceivedOn");

CREATE UNIQUE INDEX "IX_Payments_ReversalRecordIdentity" ON "Payments" ("ReversalRecordIdentity");

CREATE INDEX "IX_PendingCharges_ContractId" ON "PendingCharges" ("ContractId");

CREATE INDEX "IX_PendingCharges_PartnerId_Status" ON "PendingCharges" ("PartnerId", "Status");

CREATE UNIQUE INDEX "IX_PendingCharges_SourceId_Kind" ON "PendingCharges" ("SourceId", "Kind");

CREATE INDEX "IX_PlanPolicyVersions_PlanCode_EffectiveFrom" ON "PlanPolicyVersions" ("PlanCode", "EffectiveFrom");

CREATE INDEX "IX_PriceLists_ValidFrom" ON "PriceLists" ("ValidFrom");

CREATE INDEX "IX_Quotes_CustomerId" ON "Quotes" ("CustomerId");

CREATE UNIQUE INDEX "IX_Quotes_Number" ON "Quotes" ("Number");

CREATE INDEX "IX_Quotes_PartnerId_IssuedAt" ON "Quotes" ("PartnerId", "IssuedAt");

CREATE INDEX "IX_RequiredSoftwareVersions_ModelCode_EffectiveFrom" ON "RequiredSoftwareVersions" ("ModelCode", "EffectiveFrom");

CREATE INDEX "IX_ReturnTasks_ApplianceId_Status" ON "ReturnTasks" ("ApplianceId", "Status");

CREATE INDEX "IX_ReturnTasks_ContractId" ON "ReturnTasks" ("ContractId");

CREATE INDEX "IX_ReturnTasks_HardwareVendorId_Status" ON "ReturnTasks" ("HardwareVendorId", "Status");

CREATE INDEX "IX_ReturnTasks_PartnerId_Status_Deadline" ON "ReturnTasks" ("PartnerId", "Status", "Deadline");

CREATE INDEX "IX_ReturnTasks_Status_Deadline" ON "ReturnTasks" ("Status", "Deadline");

CREATE INDEX "IX_SensorEvents_ApplianceId_Kind_ObservedAt" ON "SensorEvents" ("ApplianceId", "Kind", "ObservedAt");

CREATE INDEX "IX_SensorEvents_CustomerId_Kind_ObservedAt" ON "SensorEvents" ("CustomerId", "Kind", "ObservedAt");

CREATE INDEX "IX_SensorEvents_Kind_ObservedAt_ThreatClass_Severity" ON "SensorEvents" ("Kind", "ObservedAt", "ThreatClass", "Severity");

CREATE INDEX "IX_SensorEvents_PartnerId_Kind_ObservedAt" ON "SensorEvents" ("PartnerId", "Kind", "ObservedAt");

CREATE INDEX "IX_SensorEvents_ReceivedAt" ON "SensorEvents" ("ReceivedAt");

CREATE INDEX "IX_ServiceContactRecords_CustomerId" ON "ServiceContactRecords" ("CustomerId");

CREATE INDEX "IX_ServiceContactRecords_PartnerId" ON "ServiceContactRecords" ("PartnerId");

CREATE INDEX "IX_ServiceNoticeDeliveries_NoticeId_PartnerId" ON "ServiceNoticeDeliveries" ("NoticeId", "PartnerId");

CREATE INDEX "IX_ServiceNoticeDeliveries_OutboundEmailId" ON "ServiceNoticeDeliveries" ("OutboundEmailId");

CREATE INDEX "IX_ServiceNoticeDeliveries_WithdrawsLetterId" ON "ServiceNoticeDeliveries" ("WithdrawsLetterId");

CREATE UNIQUE INDEX "IX_ServiceNoticePartners_NoticeId_PartnerId" ON "ServiceNoticePartners" ("NoticeId", "PartnerId");

CREATE INDEX "IX_ServiceNoticePartners_PartnerId" ON "ServiceNoticePartners" ("PartnerId");

CREATE UNIQUE INDEX "IX_ServiceNoticeRecipients_NoticeId_CustomerId" ON "ServiceNoticeRecipients" ("NoticeId", "CustomerId");

CREATE INDEX "IX_ServiceNoticeRecipients_NoticeId_PartnerId" ON "ServiceNoticeRecipients" ("NoticeId", "PartnerId");

CREATE INDEX "IX_ServiceNotices_CorrectsId" ON "ServiceNotices" ("CorrectsId");

CREATE INDEX "IX_ServiceNotices_PublishedAt" ON "ServiceNotices" ("PublishedAt");

CREATE INDEX "IX_SupportCaseAttachments_CaseId" ON "SupportCaseAttachments" ("CaseId");

CREATE UNIQUE INDEX "IX_SupportCaseAttachments_StorageKey" ON "SupportCaseAttachments" ("StorageKey");

CREATE INDEX "IX_SupportCaseCustomerRequests_CaseId" ON "SupportCaseCustomerRequests" ("CaseId");

CREATE INDEX "IX_SupportCaseEvents_CaseId_Sequence" ON "SupportCaseEvents" ("CaseId", "Sequence");

CREATE INDEX "IX_SupportCaseHearingAnswers_CaseId" ON "SupportCaseHearingAnswers" ("CaseId");

CREATE INDEX "IX_SupportCaseNotes_CaseId" ON "SupportCaseNotes" ("CaseId");

CREATE INDEX "IX_SupportCaseReports_CaseId" ON "SupportCaseReports" ("CaseId");

CREATE INDEX "IX_SupportCases_CustomerId" ON "SupportCases" ("CustomerId");

CREATE UNIQUE INDEX "IX_SupportCases_Number" ON "SupportCases" ("Number");

CREATE INDEX "IX_SupportCases_PartnerId_Status" ON "SupportCases" ("PartnerId", "Status");

CREATE INDEX "IX_SupportCases_Status_EscalatedAt" ON "SupportCases" ("Status", "EscalatedAt");

CREATE INDEX "IX_SwapCases_ContractId" ON "SwapCases" ("ContractId");

CREATE INDEX "IX_SwapCases_OldApplianceId" ON "SwapCases" ("OldApplianceId");

CREATE INDEX "IX_SwapCases_OpenedAt" ON "SwapCases" ("OpenedAt");

CREATE INDEX "IX_SwapCases_PartnerId_Status" ON "SwapCases" ("PartnerId", "Status");

CREATE INDEX "IX_SwapEvidence_PartnerId" ON "SwapEvidence" ("PartnerId");

CREATE UNIQUE INDEX "IX_SwapEvidence_StorageKey" ON "SwapEvidence" ("StorageKey");

CREATE INDEX "IX_SwapEvidence_SwapCaseId" ON "SwapEvidence" ("SwapCaseId");

CREATE UNIQUE INDEX "IX_ThreatMappingRules_MatchBy_Pattern" ON "ThreatMappingRules" ("MatchBy", "Pattern");

CREATE VIRTUAL TABLE AlertSearch USING fts5(Signature, ApplianceSerial, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');

CREATE VIRTUAL TABLE AuditSearch USING fts5(UserName, EntityId, Changes, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');

CREATE TABLE SearchPositions (N INTEGER PRIMARY KEY);

WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 65536) INSERT INTO SearchPositions (N) SELECT x FROM n;

CREATE VIRTUAL TABLE AlertSearchShort USING fts5(Signature, ApplianceSerial, content='', contentless_delete=1, tokenize='ascii', prefix='6');

CREATE VIRTUAL TABLE AuditSearchShort USING fts5(UserName, EntityId, Changes, content='', contentless_delete=1, tokenize='ascii', prefix='6');

CREATE TABLE AlertSearchRows (
    Id INTEGER PRIMARY KEY, EventId TEXT NOT NULL, ObservedAt INTEGER NOT NULL, PartnerId TEXT NULL, CustomerId TEXT NULL,
    ApplianceId TEXT NULL, ThreatClass TEXT NULL, Severity TEXT NULL);

CREATE INDEX IX_AlertSearchRows_ObservedAt ON AlertSearchRows (ObservedAt);

CREATE INDEX IX_AlertSearchRows_PartnerId_ObservedAt ON AlertSearchRows (PartnerId, ObservedAt);

CREATE INDEX IX_AlertSearchRows_ApplianceId_ObservedAt ON AlertSearchRows (ApplianceId, ObservedAt);

CREATE INDEX IX_AlertSearchRows_CustomerId ON AlertSearchRows (CustomerId);

CREATE TABLE AuditSearchRows (
    Id INTEGER PRIMARY KEY, EntryId TEXT NOT NULL, At INTEGER NOT NULL, PartnerId TEXT NULL, EntityType TEXT NOT NULL);

CREATE INDEX IX_AuditSearchRows_At ON AuditSearchRows (At);

CREATE INDEX IX_AuditSearchRows_PartnerId_At ON AuditSearchRows (PartnerId, At);

CREATE INDEX IX_AuditSearchRows_EntityType_At ON AuditSearchRows (EntityType, At);

CREATE TRIGGER SensorEvents_AlertSearch_Insert AFTER INSERT ON SensorEvents WHEN new.Kind = 'Alert' BEGIN
    INSERT INTO AlertSearch(rowid, Signature, ApplianceSerial) VALUES (new.rowid, new.Signature, new.ApplianceSerial);
    INSERT INTO AlertSearchShort(rowid, Signature, ApplianceSerial) VALUES (new.rowid, (SELECT group_concat(printf('%06x%06x', unicode(substr(new.Signature, p.N, 1)), unicode(substr(new.Signature, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.Signature) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.Signature)), (SELECT group_concat(printf('%06x%06x', unicode(substr(new.ApplianceSerial, p.N, 1)), unicode(substr(new.ApplianceSerial, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.ApplianceSerial) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.ApplianceSerial)));
    INSERT INTO AlertSearchRows(Id, EventId, ObservedAt, PartnerId, CustomerId, ApplianceId, ThreatClass, Severity) VALUES (new.rowid, new.EventId, new.ObservedAt, new.PartnerId, new.CustomerId, new.ApplianceId, new.ThreatClass, new.Severity);
END;

CREATE TRIGGER SensorEvents_AlertSearch_Delete AFTER DELETE ON SensorEvents WHEN old.Kind = 'Alert' BEGIN
    DELETE FROM AlertSearch WHERE rowid = old.rowid;
    DELETE FROM AlertSearchShort WHERE rowid = old.rowid;
    DELETE FROM AlertSearchRows WHERE Id = old.rowid;
END;

CREATE TRIGGER SensorEvents_AlertSearch_Update AFTER UPDATE OF Kind, Signature, ApplianceSerial ON SensorEvents BEGIN
    DELETE FROM AlertSearch WHERE rowid = old.rowid;
    DELETE FROM AlertSearchShort WHERE rowid = old.rowid;
    INSERT INTO AlertSearch(rowid, Signature, ApplianceSerial) SELECT new.rowid, new.Signature, new.ApplianceSerial WHERE new.Kind = 'Alert';
    INSERT INTO AlertSearchShort(rowid, Signature, ApplianceSerial) SELECT new.rowid, (SELECT group_concat(printf('%06x%06x', unicode(substr(new.Signature, p.N, 1)), unicode(substr(new.Signature, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.Signature) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.Signature)), (SELECT group_concat(printf('%06x%06x', unicode(substr(new.ApplianceSerial, p.N, 1)), unicode(substr(new.ApplianceSerial, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.ApplianceSerial) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.ApplianceSerial)) WHERE new.Kind = 'Alert';
END;

CREATE TRIGGER SensorEvents_AlertSearchRows_Update
AFTER UPDATE OF Kind, EventId, ObservedAt, PartnerId, CustomerId, ApplianceId, ThreatClass, Severity ON SensorEvents BEGIN
    DELETE FROM AlertSearchRows WHERE Id = old.rowid;
    INSERT INTO AlertSearchRows(Id, EventId, ObservedAt, PartnerId, CustomerId, ApplianceId, ThreatClass, Severity) SELECT new.rowid, new.EventId, new.ObservedAt, new.PartnerId, new.CustomerId, new.ApplianceId, new.ThreatClass, new.Severity WHERE new.Kind = 'Alert';
END;

CREATE TRIGGER AuditEntries_AuditSearch_Insert AFTER INSERT ON AuditEntries BEGIN
    INSERT INTO AuditSearch(rowid, UserName, EntityId, Changes) VALUES (new.rowid, new.UserName, new.EntityId, new.Changes);
    INSERT INTO AuditSearchShort(rowid, UserName, EntityId, Changes) VALUES (new.rowid, (SELECT group_concat(printf('%06x%06x', unicode(substr(new.UserName, p.N, 1)), unicode(substr(new.UserName, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.UserName) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.UserName)), (SELECT group_concat(printf('%06x%06x', unicode(substr(new.EntityId, p.N, 1)), unicode(substr(new.EntityId, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.EntityId) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.EntityId)), (SELECT group_concat(printf('%06x%06x', unicode(substr(new.Changes, p.N, 1)), unicode(substr(new.Changes, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.Changes) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.Changes)));
    INSERT INTO AuditSearchRows(Id, EntryId, At, PartnerId, EntityType) VALUES (new.rowid, new.Id, new.At, new.PartnerId, new.EntityType);
END;

CREATE TRIGGER AuditEntries_AuditSearch_Delete AFTER DELETE ON AuditEntries BEGIN
    DELETE FROM AuditSearch WHERE rowid = old.rowid;
    DELETE FROM AuditSearchShort WHERE rowid = old.rowid;
    DELETE FROM AuditSearchRows WHERE Id = old.rowid;
END;

CREATE TRIGGER AuditEntries_AuditSearch_Update AFTER UPDATE OF UserName, EntityId, Changes ON AuditEntries BEGIN
    DELETE FROM AuditSearch WHERE rowid = old.rowid;
    DELETE FROM AuditSearchShort WHERE rowid = old.rowid;
    INSERT INTO AuditSearch(rowid, UserName, EntityId, Changes) VALUES (new.rowid, new.UserName, new.EntityId, new.Changes);
    INSERT INTO AuditSearchShort(rowid, UserName, EntityId, Changes) VALUES (new.rowid, (SELECT group_concat(printf('%06x%06x', unicode(substr(new.UserName, p.N, 1)), unicode(substr(new.UserName, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.UserName) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.UserName)), (SELECT group_concat(printf('%06x%06x', unicode(substr(new.EntityId, p.N, 1)), unicode(substr(new.EntityId, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.EntityId) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.EntityId)), (SELECT group_concat(printf('%06x%06x', unicode(substr(new.Changes, p.N, 1)), unicode(substr(new.Changes, p.N + 1, 1))), ' ')
    || CASE WHEN length(new.Changes) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(new.Changes)));
END;

CREATE TRIGGER AuditEntries_AuditSearchRows_Update AFTER UPDATE OF Id, At, PartnerId, EntityType ON AuditEntries BEGIN
    DELETE FROM AuditSearchRows WHERE Id = old.rowid;
    INSERT INTO AuditSearchRows(Id, EntryId, At, PartnerId, EntityType) VALUES (new.rowid, new.Id, new.At, new.PartnerId, new.EntityType);
END;

INSERT INTO AlertSearch(rowid, Signature, ApplianceSerial) SELECT rowid, Signature, ApplianceSerial FROM SensorEvents WHERE Kind = 'Alert';

INSERT INTO AuditSearch(rowid, UserName, EntityId, Changes) SELECT rowid, UserName, EntityId, Changes FROM AuditEntries;

INSERT INTO AlertSearchShort(rowid, Signature, ApplianceSerial)
SELECT e.rowid, (SELECT group_concat(printf('%06x%06x', unicode(substr(e.Signature, p.N, 1)), unicode(substr(e.Signature, p.N + 1, 1))), ' ')
    || CASE WHEN length(e.Signature) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(e.Signature)), (SELECT group_concat(printf('%06x%06x', unicode(substr(e.ApplianceSerial, p.N, 1)), unicode(substr(e.ApplianceSerial, p.N + 1, 1))), ' ')
    || CASE WHEN length(e.ApplianceSerial) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(e.ApplianceSerial)) FROM SensorEvents AS e WHERE e.Kind = 'Alert';

INSERT INTO AuditSearchShort(rowid, UserName, EntityId, Changes)
SELECT a.rowid, (SELECT group_concat(printf('%06x%06x', unicode(substr(a.UserName, p.N, 1)), unicode(substr(a.UserName, p.N + 1, 1))), ' ')
    || CASE WHEN length(a.UserName) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(a.UserName)), (SELECT group_concat(printf('%06x%06x', unicode(substr(a.EntityId, p.N, 1)), unicode(substr(a.EntityId, p.N + 1, 1))), ' ')
    || CASE WHEN length(a.EntityId) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(a.EntityId)), (SELECT group_concat(printf('%06x%06x', unicode(substr(a.Changes, p.N, 1)), unicode(substr(a.Changes, p.N + 1, 1))), ' ')
    || CASE WHEN length(a.Changes) > 65536 THEN ' long' ELSE '' END
 FROM SearchPositions AS p WHERE p.N <= length(a.Changes)) FROM AuditEntries AS a;

INSERT INTO AlertSearchRows(Id, EventId, ObservedAt, PartnerId, CustomerId, ApplianceId, ThreatClass, Severity)
SELECT rowid, EventId, ObservedAt, PartnerId, CustomerId, ApplianceId, ThreatClass, Severity FROM SensorEvents WHERE Kind = 'Alert';

INSERT INTO AuditSearchRows(Id, EntryId, At, PartnerId, EntityType) SELECT rowid, Id, At, PartnerId, EntityType FROM AuditEntries;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207142214_InitialSchema', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "ContractLetters" RENAME COLUMN "UploadedAt" TO "At";

ALTER TABLE "ContractLetters" ADD "ScanStatus" TEXT NOT NULL DEFAULT 'Clean';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207163412_ContractLetterStoredAttachment', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_SensorEvents_PartnerId_Kind_ObservedAt";

CREATE INDEX "IX_SensorEvents_PartnerId_Kind_ObservedAt_ThreatClass_Severity" ON "SensorEvents" ("PartnerId", "Kind", "ObservedAt", "ThreatClass", "Severity");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207164534_AlertPartnerFilterIndex', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Payments" ADD "CustomerId" TEXT NULL;

ALTER TABLE "Payments" ADD "Method" TEXT NULL;

ALTER TABLE "Payments" ADD "PayeePartnerId" TEXT NULL;

CREATE INDEX "IX_Payments_CustomerId" ON "Payments" ("CustomerId");

CREATE INDEX "IX_Payments_PayeePartnerId_CustomerId_ReceivedOn" ON "Payments" ("PayeePartnerId", "CustomerId", "ReceivedOn");

CREATE TABLE "ef_temp_Payments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Payments" PRIMARY KEY,
    "Amount" INTEGER NOT NULL,
    "BankRecordIdentity" TEXT NULL,
    "CustomerId" TEXT NULL,
    "MatchReasons" TEXT NOT NULL,
    "MatchState" TEXT NOT NULL,
    "Method" TEXT NULL,
    "Note" TEXT NULL,
    "PartnerId" TEXT NULL,
    "PayeePartnerId" TEXT NULL,
    "PayerName" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "ReversalReason" TEXT NULL,
    "ReversalRecordIdentity" TEXT NULL,
    "ReversedAt" INTEGER NULL,
    "ReversedBy" TEXT NULL,
    "ReversedOn" TEXT NULL,
    "Source" TEXT NOT NULL,
    "SourceFileName" TEXT NULL,
    "SourceRecordNumber" INTEGER NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Payments_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Payments_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Payments_Organisations_PayeePartnerId" FOREIGN KEY ("PayeePartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Payments" ("Id", "Amount", "BankRecordIdentity", "CustomerId", "MatchReasons", "MatchState", "Method", "Note", "PartnerId", "PayeePartnerId", "PayerName", "ReceivedOn", "RecordedAt", "RecordedBy", "ReversalReason", "ReversalRecordIdentity", "ReversedAt", "ReversedBy", "ReversedOn", "Source", "SourceFileName", "SourceRecordNumber", "Version")
SELECT "Id", "Amount", "BankRecordIdentity", "CustomerId", "MatchReasons", "MatchState", "Method", "Note", "PartnerId", "PayeePartnerId", "PayerName", "ReceivedOn", "RecordedAt", "RecordedBy", "ReversalReason", "ReversalRecordIdentity", "ReversedAt", "ReversedBy", "ReversedOn", "Source", "SourceFileName", "SourceRecordNumber", "Version"
FROM "Payments";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Payments";

ALTER TABLE "ef_temp_Payments" RENAME TO "Payments";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_Payments_BankRecordIdentity" ON "Payments" ("BankRecordIdentity");

CREATE INDEX "IX_Payments_CustomerId" ON "Payments" ("CustomerId");

CREATE INDEX "IX_Payments_PartnerId_ReceivedOn" ON "Payments" ("PartnerId", "ReceivedOn");

CREATE INDEX "IX_Payments_PayeePartnerId_CustomerId_ReceivedOn" ON "Payments" ("PayeePartnerId", "CustomerId", "ReceivedOn");

CREATE INDEX "IX_Payments_ReceivedOn" ON "Payments" ("ReceivedOn");

CREATE UNIQUE INDEX "IX_Payments_ReversalRecordIdentity" ON "Payments" ("ReversalRecordIdentity");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207195750_RetailCustomerReceipts', '10.0.14');

BEGIN TRANSACTION;
ALTER TABLE "Payments" ADD "ForInvoiceId" TEXT NULL;

CREATE INDEX "IX_Payments_ForInvoiceId" ON "Payments" ("ForInvoiceId");

UPDATE "Payments" SET "ForInvoiceId" =
    (SELECT a."InvoiceId" FROM "PaymentAllocations" AS a WHERE a."PaymentId" = "Payments"."Id" ORDER BY a."AllocatedAt" LIMIT 1)
WHERE "PayeePartnerId" IS NOT NULL AND "ForInvoiceId" IS NULL;

CREATE TABLE "ef_temp_Payments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Payments" PRIMARY KEY,
    "Amount" INTEGER NOT NULL,
    "BankRecordIdentity" TEXT NULL,
    "CustomerId" TEXT NULL,
    "ForInvoiceId" TEXT NULL,
    "MatchReasons" TEXT NOT NULL,
    "MatchState" TEXT NOT NULL,
    "Method" TEXT NULL,
    "Note" TEXT NULL,
    "PartnerId" TEXT NULL,
    "PayeePartnerId" TEXT NULL,
    "PayerName" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "ReversalReason" TEXT NULL,
    "ReversalRecordIdentity" TEXT NULL,
    "ReversedAt" INTEGER NULL,
    "ReversedBy" TEXT NULL,
    "ReversedOn" TEXT NULL,
    "Source" TEXT NOT NULL,
    "SourceFileName" TEXT NULL,
    "SourceRecordNumber" INTEGER NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Payments_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Payments_Invoices_ForInvoiceId" FOREIGN KEY ("ForInvoiceId") REFERENCES "Invoices" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Payments_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Payments_Organisations_PayeePartnerId" FOREIGN KEY ("PayeePartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Payments" ("Id", "Amount", "BankRecordIdentity", "CustomerId", "ForInvoiceId", "MatchReasons", "MatchState", "Method", "Note", "PartnerId", "PayeePartnerId", "PayerName", "ReceivedOn", "RecordedAt", "RecordedBy", "ReversalReason", "ReversalRecordIdentity", "ReversedAt", "ReversedBy", "ReversedOn", "Source", "SourceFileName", "SourceRecordNumber", "Version")
SELECT "Id", "Amount", "BankRecordIdentity", "CustomerId", "ForInvoiceId", "MatchReasons", "MatchState", "Method", "Note", "PartnerId", "PayeePartnerId", "PayerName", "ReceivedOn", "RecordedAt", "RecordedBy", "ReversalReason", "ReversalRecordIdentity", "ReversedAt", "ReversedBy", "ReversedOn", "Source", "SourceFileName", "SourceRecordNumber", "Version"
FROM "Payments";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Payments";

ALTER TABLE "ef_temp_Payments" RENAME TO "Payments";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_Payments_BankRecordIdentity" ON "Payments" ("BankRecordIdentity");

CREATE INDEX "IX_Payments_CustomerId" ON "Payments" ("CustomerId");

CREATE INDEX "IX_Payments_ForInvoiceId" ON "Payments" ("ForInvoiceId");

CREATE INDEX "IX_Payments_PartnerId_ReceivedOn" ON "Payments" ("PartnerId", "ReceivedOn");

CREATE INDEX "IX_Payments_PayeePartnerId_CustomerId_ReceivedOn" ON "Payments" ("PayeePartnerId", "CustomerId", "ReceivedOn");

CREATE INDEX "IX_Payments_ReceivedOn" ON "Payments" ("ReceivedOn");

CREATE UNIQUE INDEX "IX_Payments_ReversalRecordIdentity" ON "Payments" ("ReversalRecordIdentity");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207232618_CustomerReceiptInvoice', '10.0.14');

BEGIN TRANSACTION;
ALTER TABLE "ServiceNoticeDeliveries" RENAME COLUMN "LetterRecordedBy" TO "RecordedBy";

ALTER TABLE "ServiceNoticeDeliveries" ADD "LetterDelivery" TEXT NOT NULL DEFAULT 'NormalArrival';

ALTER TABLE "ServiceNoticeDeliveries" ADD "OtherMethod" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207234100_NoticeLetterRuleAndOtherMethod', '10.0.14');

COMMIT;

