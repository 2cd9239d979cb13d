// Data for the list-vs-node test, written over GraphQL as the province would: two communes with
// records of every kind, and references shared on purpose (one host agency for many pilots, one
// inspecting agency for many inspections, many records per unit, many enrolments per course).
import { randomUUID } from 'node:crypto';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer } from '../../helpers/test-server';
import { coffeeActivity, riceActivity } from '../emissions/fixtures';

type Headers = Record<string, string>;
const UNITS = [HOME_UNIT, OTHER_UNIT];

/** Sends a mutation and returns its payload, failing on errors and on userErrors. */
async function write(
  server: TestServer,
  headers: Headers,
  mutation: string,
  inputType: string,
  input: object,
  selection: string,
): Promise<Record<string, unknown>> {
  const response = await server.requestText<Record<string, Record<string, unknown>>>(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} } }`,
    { input },
    headers,
  );
  if (response.errors?.length) throw new Error(`${mutation}: ${JSON.stringify(response.errors)}`);
  const payload = response.data![mutation];
  const userErrors = payload.userErrors as unknown[] | undefined;
  const conflicts = (payload.summary as { conflicts?: unknown[] } | undefined)?.conflicts;
  if (userErrors?.length || conflicts?.length) throw new Error(`${mutation}: ${JSON.stringify(userErrors ?? conflicts)}`);
  return payload;
}

/** Uploads a small PDF (POST /files) and returns its ID, for records that name files. */
async function uploadPdf(server: TestServer, headers: Headers): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'bien-ban.pdf');
  const response = await fetch(server.url.replace(/\/graphql$/, '/files'), { method: 'POST', headers, body: form });
  if (response.status !== 201) throw new Error(`POST /files: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

const idOf = (payload: Record<string, unknown>, field: string) => (payload[field] as { id: string }).id;

export async function seedSharedReferences(server: TestServer): Promise<{ admin: Headers }> {
  const admin = (await createTestUser(server, Role.ADMIN)).headers;
  const province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  const verifier = (await createTestUser(server, Role.VERIFIER)).headers;
  for (const unitCode of UNITS) {
    await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode });
    await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: `PC-${unitCode}` });
  }
  await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' });
  await createTestApiKey(server, { scopes: ['pilots:write', 'activity:write'], administrativeUnitIds: await Promise.all(UNITS.map((u) => unitId(server, u))) });
  await createTestApiKey(server, { scopes: ['plan:read'] });
  // A partner subscribed to new activity records: the import below leaves deliveries in its outbox.
  const partner = await createTestApiKey(server, { scopes: ['activity:read', 'webhooks:write'] });
  await write(
    server,
    admin,
    'createWebhookSubscription',
    'CreateWebhookSubscriptionInput',
    { apiKeyId: partner.apiKey.nodeId, url: 'https://8.8.8.8/hooks/list-vs-node', events: ['record.created'], secret: 'list-vs-node-secret-0123' },
    'webhookSubscription { id } userErrors { field code }',
  );

  // Activity records: BASELINE and ACTUAL rice and coffee in each commune.
  const imported = await write(
    server,
    province,
    'importActivityRecords',
    'ImportActivityRecordsInput',
    {
      records: UNITS.flatMap((unit) =>
        (['BASELINE', 'ACTUAL'] as const).flatMap((scenario) => [
          { externalId: `rice-${scenario}`, administrativeUnitCode: unit, year: 2026, scenario, activity: riceActivity },
          { externalId: `coffee-${scenario}`, administrativeUnitCode: unit, year: 2026, scenario, season: 'WHOLE_YEAR', activity: coffeeActivity },
        ]),
      ),
    },
    'records { id externalId administrativeUnit { code } } summary { conflicts { field code } }',
  );
  const records = imported.records as { id: string; externalId: string; administrativeUnit: { code: string } }[];
  const recordIds = (unit: string, scenario: string) =>
    records.filter((r) => r.administrativeUnit.code === unit && r.externalId.endsWith(scenario)).map((r) => r.id);

  // Organisations: a cooperative per commune and one enterprise that buys from every zone and hosts every pilot.
  const organisation = async (input: object) =>
    idOf(
      await write(
        server,
        province,
        'createOrganisation',
        'CreateOrganisationInput',
        { crops: ['COFFEE'], contact: { name: 'Người liên hệ', phone: '0912 000 111' }, ...input },
        'organisation { id } userErrors { field code }',
      ),
      'organisation',
    );
  const enterpriseId = await organisation({ kind: 'ENTERPRISE', name: 'Công ty Cà phê', registrationCode: '6000000001', administrativeUnitCode: HOME_UNIT });
  const cooperativeIds = [];
  for (const unit of UNITS)
    cooperativeIds.push(await organisation({ kind: 'COOPERATIVE', name: `HTX ${unit}`, administrativeUnitCode: unit, memberHouseholds: 50 }));

  // Pilots: two per commune and one provincial, all hosted by the department, sharing records.
  const pilotIds: string[] = [];
  const pilot = async (overrides: object) =>
    pilotIds.push(
      idOf(
        await write(
          server,
          province,
          'createPilotModel',
          'CreatePilotModelInput',
          {
            code: `MH-${randomUUID().slice(0, 8)}`,
            name: 'Mô hình cà phê giảm phát thải',
            level: 'COMMUNE',
            crop: 'COFFEE',
            hostKind: 'COOPERATIVE',
            hostName: 'HTX Cà phê',
            hostAgencyCode: 'DAE',
            hostOrganisationId: enterpriseId,
            areaHa: 12.5,
            households: 30,
            startDate: '2026-03-01',
            practices: ['REDUCED_SPLIT_NITROGEN'],
            ...overrides,
          },
          'pilotModel { id } userErrors { field code }',
        ),
        'pilotModel',
      ),
    );
  for (const unit of UNITS) {
    for (let i = 0; i < 2; i++) {
      await pilot({ administrativeUnitCode: unit, baselineActivityRecordIds: recordIds(unit, 'BASELINE'), actualActivityRecordIds: recordIds(unit, 'ACTUAL') });
    }
  }
  await pilot({ level: 'PROVINCIAL', crop: 'SUGARCANE', name: 'Mô hình mía cấp tỉnh' });

  // Trainings and outreach: organised by the department or the commune's committee, with attendees.
  for (const unit of UNITS) {
    for (const [kind, agency] of [
      ['TRAINING', 'DAE'],
      ['COMMUNICATION_SESSION', `PC-${unit}`],
      ['WORKSHOP', 'DAE'],
    ]) {
      const event = await write(
        server,
        province,
        'recordTrainingEvent',
        'RecordTrainingEventInput',
        {
          kind,
          title: `${kind} ${unit}`,
          startDate: '2026-04-10',
          administrativeUnitCode: unit,
          organisingAgencyCode: agency,
          topics: ['LOW_EMISSION_CULTIVATION'],
          audiences: ['FARMERS'],
          participants: { total: 40, women: 18, farmers: 35, officials: 3, technicians: 2 },
        },
        'trainingEvent { id } userErrors { field code }',
      );
      if (kind === 'TRAINING') {
        await write(
          server,
          province,
          'importAttendance',
          'ImportAttendanceInput',
          {
            trainingEventId: idOf(event, 'trainingEvent'),
            rows: [
              { externalId: `${unit}-1`, fullName: 'Nguyễn Thị Lan', gender: 'FEMALE', group: 'FARMER' },
              { externalId: `${unit}-2`, fullName: 'Y Bhăm Niê', gender: 'MALE', group: 'FARMER' },
            ],
          },
          'summary { conflicts { field code } }',
        );
      }
    }
  }
  await write(
    server,
    province,
    'recordTrainingEvent',
    'RecordTrainingEventInput',
    {
      kind: 'MEDIA_PIECE',
      title: 'Phóng sự cà phê phát thải thấp',
      startDate: '2026-05-02',
      administrativeUnitCode: '66',
      organisingAgencyCode: 'DLMEDIA',
      topics: ['LOW_EMISSION_CULTIVATION'],
      media: { outlet: 'Báo và Phát thanh, Truyền hình Đắk Lắk', format: 'TV_REPORT', url: 'https://example.test/phong-su' },
    },
    'trainingEvent { id } userErrors { field code }',
  );

  // One uploaded file, named by materials, progress reports and plans alike.
  const sharedFile = await uploadPdf(server, province);

  // Materials: one per commune and one for the province.
  for (const unit of [...UNITS, undefined]) {
    await write(
      server,
      province,
      'createMaterial',
      'CreateMaterialInput',
      {
        kind: 'HANDBOOK',
        title: `Sổ tay ${unit ?? 'tỉnh'}`,
        language: 'vi',
        targetGroups: ['FARMERS'],
        topics: ['LOW_EMISSION_CULTIVATION'],
        crops: ['COFFEE'],
        fileUrl: 'https://example.test/so-tay.pdf',
        fileIds: [sharedFile],
        checksumSha256: 'a'.repeat(64),
        publishedOn: '2026-06-01',
        administrativeUnitCode: unit,
      },
      'material { id } userErrors { field code }',
    );
  }

  // Courses with lessons; two farmers per commune, each enrolled in both courses, one lesson done.
  const courses: { id: string; lessons: { id: string }[] }[] = [];
  for (const n of [1, 2]) {
    const course = await write(
      server,
      province,
      'createCourse',
      'CreateCourseInput',
      {
        code: `KH-${n}-${randomUUID().slice(0, 6)}`,
        title: `Khóa học ${n}`,
        crops: ['COFFEE'],
        topics: ['LOW_EMISSION_CULTIVATION'],
        lessons: [
          { title: 'Bài 1', durationMinutes: 10 },
          { title: 'Bài 2', durationMinutes: 15 },
        ],
      },
      'course { id lessons { id } } userErrors { field code }',
    );
    courses.push(course.course as { id: string; lessons: { id: string }[] });
  }
  let phone = 100;
  for (const unit of UNITS) {
    for (let i = 0; i < 2; i++) {
      const farmer = await write(
        server,
        province,
        'registerFarmerAccount',
        'RegisterFarmerAccountInput',
        {
          administrativeUnitCode: unit,
          phone: `0912 000 ${String((phone += 1)).padStart(3, '0')}`,
          displayName: `Nông dân ${phone}`,
          consent: { accepted: true, noticeVersion: '2026-01' },
        },
        'farmerAccount { id } userErrors { field code }',
      );
      const farmerAccountId = idOf(farmer, 'farmerAccount');
      for (const course of courses) {
        await write(
          server,
          province,
          'enrolInCourse',
          'EnrolInCourseInput',
          { courseId: course.id, farmerAccountId },
          'enrolment { id } userErrors { field code }',
        );
        await write(
          server,
          province,
          'recordLessonCompletion',
          'RecordLessonCompletionInput',
          {
            lessonId: course.lessons[0].id,
            farmerAccountId,
            completedAt: '2026-07-01T08:00:00Z',
          },
          'enrolment { id } userErrors { field code }',
        );
      }
    }
  }

  // Inventories: each commune calculated, submitted and verified; the province compiled and verified (a sync job).
  for (const unit of UNITS) {
    const inventory = await write(
      server,
      province,
      'calculateEmissionInventory',
      'CalculateEmissionInventoryInput',
      { administrativeUnitCode: unit, year: 2026 },
      'emissionInventory { id } userErrors { field code }',
    );
    const id = idOf(inventory, 'emissionInventory');
    await write(server, province, 'submitEmissionInventory', 'InventoryIdInput', { id }, 'emissionInventory { id } userErrors { field code }');
    await write(server, verifier, 'verifyEmissionInventory', 'InventoryIdInput', { id }, 'emissionInventory { id } userErrors { field code }');
  }
  const provincial = await write(
    server,
    province,
    'compileProvincialInventory',
    'CompileProvincialInventoryInput',
    { year: 2026 },
    'provincialInventory { id } userErrors { field code }',
  );
  await write(
    server,
    verifier,
    'verifyProvincialInventory',
    'ProvincialInventoryIdInput',
    { id: idOf(provincial, 'provincialInventory') },
    'provincialInventory { id } userErrors { code }',
  );

  // Progress reports: each commune on I.3 (one approved), the department on III.5.
  for (const unit of UNITS) {
    const report = await write(
      server,
      province,
      'createProgressReport',
      'CreateProgressReportInput',
      {
        taskCode: 'I.3',
        year: 2026,
        status: 'ON_TRACK',
        administrativeUnitCode: unit,
        narrative: '6 buổi tuyên truyền',
        evidence: [{ url: 'https://example.test/bien-ban.pdf', sha256: 'b'.repeat(64) }],
        fileIds: [sharedFile],
      },
      'progressReport { id } userErrors { field code }',
    );
    if (unit === HOME_UNIT) {
      const id = idOf(report, 'progressReport');
      await write(server, province, 'submitProgressReport', 'ProgressReportIdInput', { id }, 'progressReport { id } userErrors { field code }');
      await write(server, province, 'approveProgressReport', 'ProgressReportIdInput', { id }, 'progressReport { id } userErrors { field code }');
    }
  }
  await write(
    server,
    province,
    'createProgressReport',
    'CreateProgressReportInput',
    {
      taskCode: 'III.2',
      year: 2026,
      status: 'AT_RISK',
      reportingAgencyCode: 'DAE',
      // Every seeded target is counted from records, so a report carries words, not target values.
      difficulties: 'Bộ tiêu chí chưa được thông qua',
    },
    'progressReport { id } userErrors { field code }',
  );

  // Budget lines: provincial and per commune, several per task.
  for (const [taskCode, year, fundingSource, unit] of [
    ['IV.1', 2026, 'PROVINCIAL_BUDGET', undefined],
    ['IV.1', 2027, 'PROVINCIAL_BUDGET', undefined],
    ['IV.1', 2026, 'ODA', undefined],
    ['IV.2', 2026, 'PROVINCIAL_BUDGET', HOME_UNIT],
    ['IV.2', 2026, 'PROVINCIAL_BUDGET', OTHER_UNIT],
    ['IV.2', 2027, 'OTHER', HOME_UNIT],
  ] as const) {
    await write(
      server,
      province,
      'createBudgetLine',
      'CreateBudgetLineInput',
      {
        taskCode,
        year,
        fundingSource,
        administrativeUnitCode: unit,
        proposedVnd: 1_000_000_000,
        approvedVnd: 800_000_000,
        disbursedVnd: 300_000_000,
      },
      'budgetLine { id } userErrors { field code }',
    );
  }

  // Plan reports the province approved (VIII.1): the 2026 annual report and the first phase's review.
  for (const approval of [
    { kind: 'ANNUAL_IMPLEMENTATION', year: 2026, decisionDate: '2026-11-20' },
    { kind: 'PHASE_REVIEW', phase: 1, decisionDate: '2026-11-25' },
  ]) {
    await write(
      server,
      province,
      'createPlanReportApproval',
      'CreatePlanReportApprovalInput',
      { ...approval, decisionNumber: '12/QĐ-UBND', decisionBody: 'UBND tỉnh Đắk Lắk', fileSha256: 'c'.repeat(64) },
      'planReportApproval { id } userErrors { field code }',
    );
  }

  // Research (III.3, III.4): a study and an S&T task led by the Department of Science and Technology.
  for (const [kind, title] of [
    ['STUDY', 'Nghiên cứu phân bón hữu cơ cho cà phê'],
    ['SCIENCE_TECHNOLOGY_TASK', 'Nhiệm vụ KHCN tưới tiết kiệm'],
  ] as const) {
    await write(
      server,
      province,
      'createResearchStudy',
      'CreateResearchStudyInput',
      { kind, title, leadAgencyCode: 'DOST', startYear: 2026, endYear: 2027, status: 'IN_PROGRESS', budgetVnd: 500_000_000 },
      'researchStudy { id } userErrors { field code }',
    );
  }

  // Trade promotion (VI.3): a fair and a mission shared by the organisations, and an export contract of each cooperative.
  for (const [scope, countryCode] of [
    ['DOMESTIC', 'VN'],
    ['INTERNATIONAL', 'DE'],
  ]) {
    await write(
      server,
      province,
      'createTradePromotionEvent',
      'CreateTradePromotionEventInput',
      {
        name: `Xúc tiến ${countryCode}`,
        kind: 'FAIR',
        scope,
        countryCode,
        startDate: '2026-03-01',
        endDate: '2026-03-03',
        organisationIds: [enterpriseId, ...cooperativeIds],
        productCodes: ['COFFEE'],
      },
      'tradePromotionEvent { id } userErrors { field code }',
    );
  }
  for (const organisationId of cooperativeIds) {
    await write(
      server,
      province,
      'createExportContract',
      'CreateExportContractInput',
      {
        organisationId,
        buyerCountryCode: 'JP',
        productCode: 'COFFEE',
        volumeTonnes: 12.5,
        valueUsd: '56250.00',
        claimedLotCodes: ['LOT-1'],
        signedDate: '2026-05-01',
        status: 'SIGNED',
      },
      'exportContract { id } userErrors { field code }',
    );
  }

  // Carbon credits (VI.4): two projects over both communes, each with a verified period (2027: flooded rice
  // against AWD in the home commune) and an issuance.
  await write(
    server,
    province,
    'importActivityRecords',
    'ImportActivityRecordsInput',
    {
      records: [
        {
          externalId: 'carbon-base',
          administrativeUnitCode: HOME_UNIT,
          year: 2027,
          scenario: 'BASELINE',
          activity: { ...riceActivity, rice: { ...riceActivity.rice, waterRegime: 'CONTINUOUSLY_FLOODED' } },
        },
        { externalId: 'carbon-act', administrativeUnitCode: HOME_UNIT, year: 2027, scenario: 'ACTUAL', activity: riceActivity },
      ],
    },
    'records { id } summary { conflicts { field code } }',
  );
  for (const [n, standard] of (['VCS_VM0042', 'DOMESTIC_VN'] as const).entries()) {
    const projectId = idOf(
      await write(
        server,
        province,
        'createCarbonProject',
        'CreateCarbonProjectInput',
        {
          name: `Dự án ${standard}`,
          standard,
          communeCodes: UNITS,
          organisationIds: cooperativeIds,
          areaHa: 40,
          creditingFrom: '2027-01-01',
          creditingTo: '2036-12-31',
          bufferPercent: '10',
        },
        'carbonProject { id } userErrors { field code }',
      ),
      'carbonProject',
    );
    const period = (
      await write(
        server,
        province,
        'estimateCarbonMonitoringPeriod',
        'EstimateCarbonMonitoringPeriodInput',
        { projectId, fromYear: 2027, toYear: 2027 },
        'carbonMonitoringPeriod { id estimatedTco2e } userErrors { field code }',
      )
    ).carbonMonitoringPeriod as { id: string; estimatedTco2e: string };
    await write(
      server,
      province,
      'verifyCarbonMonitoringPeriod',
      'VerifyCarbonMonitoringPeriodInput',
      { id: period.id, expectedVersion: 1, verifiedTco2e: period.estimatedTco2e },
      'carbonMonitoringPeriod { id } userErrors { field code }',
    );
    await write(
      server,
      province,
      'recordCreditIssuance',
      'RecordCreditIssuanceInput',
      { projectId, vintage: 2027, quantity: 2, registry: 'VERRA', serialStart: `S-${10 * n}`, serialEnd: `S-${10 * n + 1}`, issuedOn: '2026-11-01' },
      'creditIssuance { id } userErrors { field code }',
    );
  }

  // Inspections by the department of a task, a commune and a pilot, with follow-ups shared between agencies and units.
  const followUps = [
    { description: 'Bổ sung sổ ghi chép', dueOn: '2026-03-01', responsibleAgencyCode: `PC-${HOME_UNIT}` },
    { description: 'Báo cáo khắc phục', dueOn: '2035-12-01', responsibleUnitCode: OTHER_UNIT },
    { description: 'Rà soát hồ sơ', dueOn: '2030-06-01', responsibleAgencyCode: 'DAE' },
  ];
  for (const subject of [
    { subjectKind: 'TASK', taskCode: 'IV.2' },
    { subjectKind: 'COMMUNE', administrativeUnitCode: HOME_UNIT },
    { subjectKind: 'COMMUNE', administrativeUnitCode: OTHER_UNIT },
    { subjectKind: 'PILOT', pilotModelId: pilotIds[0] },
  ]) {
    await write(
      server,
      province,
      'recordInspection',
      'RecordInspectionInput',
      {
        inspectedOn: '2026-02-10',
        inspectingAgencyCode: 'DAE',
        findings: 'Triển khai chậm so với kế hoạch.',
        followUpActions: followUps,
        ...subject,
      },
      'inspection { id } userErrors { code }',
    );
  }

  // Implementation plans: one adopted, one draft.
  for (const [unit, status] of [
    [HOME_UNIT, 'ADOPTED'],
    [OTHER_UNIT, 'DRAFT'],
  ]) {
    await write(
      server,
      province,
      'saveCommuneImplementationPlan',
      'SaveCommuneImplementationPlanInput',
      {
        administrativeUnitCode: unit,
        title: `Kế hoạch triển khai ${unit}`,
        status,
        fileIds: [sharedFile],
        ...(status === 'ADOPTED' ? { documentUrl: 'https://example.test/plan.pdf', adoptedOn: '2026-05-10' } : {}),
      },
      'communeImplementationPlan { id } userErrors { field code }',
    );
  }
  // Criteria sets: coffee v1 adopted then superseded by v2, and a draft v3; zones produce to v2.
  const criteriaSet = async (input: object) =>
    (
      await write(
        server,
        province,
        'createCriteriaSet',
        'CreateCriteriaSetInput',
        {
          crop: 'COFFEE',
          title: 'Bộ tiêu chí cà phê',
          requiredPractices: ['REDUCED_SPLIT_NITROGEN'],
          thresholds: [{ metric: 'MAX_SYNTHETIC_N_KG_PER_HA', value: 200 }],
          fileIds: [sharedFile],
          ...input,
        },
        'criteriaSet { id version } userErrors { field code }',
      )
    ).criteriaSet as { id: string; version: number };
  const adopt = (set: { id: string; version: number }, decisionDate: string) =>
    write(
      server,
      province,
      'adoptCriteriaSet',
      'AdoptCriteriaSetInput',
      { id: set.id, expectedVersion: set.version, decisionNumber: '1/QĐ-UBND', decisionDate, decisionBody: 'UBND tỉnh' },
      'criteriaSet { id } userErrors { field code }',
    );
  await adopt(await criteriaSet({}), '2026-06-01');
  const inForce = await criteriaSet({});
  await adopt(inForce, '2027-06-01');
  await criteriaSet({});
  // Product lots: one per commune from its ACTUAL coffee record, by its cooperative, naming the shared file.
  for (const [i, unit] of UNITS.entries()) {
    await write(
      server,
      province,
      'registerProductLot',
      'RegisterProductLotInput',
      {
        product: 'COFFEE_CHERRY',
        administrativeUnitCode: unit,
        organisationId: cooperativeIds[i],
        harvestFrom: '2026-10-01',
        harvestTo: '2026-11-15',
        quantityKg: 2000,
        activityRecordIds: records.filter((r) => r.administrativeUnit.code === unit && r.externalId === 'coffee-ACTUAL').map((r) => r.id),
        fileIds: [sharedFile],
      },
      'productLot { id } userErrors { field code }',
    );
  }
  // And one registered by mistake, then deleted: a tombstone in the lots' change feed.
  const mistaken = (
    await write(
      server,
      province,
      'registerProductLot',
      'RegisterProductLotInput',
      {
        product: 'COFFEE_CHERRY',
        administrativeUnitCode: HOME_UNIT,
        organisationId: cooperativeIds[0],
        harvestFrom: '2026-10-01',
        harvestTo: '2026-11-15',
        quantityKg: 1,
        activityRecordIds: records.filter((r) => r.administrativeUnit.code === HOME_UNIT && r.externalId === 'coffee-ACTUAL').map((r) => r.id),
      },
      'productLot { id version } userErrors { field code }',
    )
  ).productLot as { id: string; version: number };
  await write(
    server,
    province,
    'deleteProductLot',
    'DeleteProductLotInput',
    { id: mistaken.id, expectedVersion: mistaken.version },
    'productLot { id } userErrors { field code }',
  );
  // Production zones: one per commune and one over both, sharing members, the buyer and the criteria set.
  for (const units of [[HOME_UNIT], [OTHER_UNIT], UNITS]) {
    await write(
      server,
      province,
      'createProductionZone',
      'CreateProductionZoneInput',
      {
        code: `VSX-${units.join('-')}`,
        name: 'Vùng cà phê',
        crop: 'COFFEE',
        administrativeUnitCodes: units,
        areaHa: 100,
        households: 80,
        memberOrganisationIds: cooperativeIds,
        enterpriseLinks: [{ buyerOrganisationId: enterpriseId, contractReference: 'HĐ 1/2027' }],
        criteriaSetId: inForce.id,
        status: 'FORMING',
        formingOn: '2027-01-01',
        boundary: JSON.stringify({
          type: 'Polygon',
          coordinates: [
            [
              [108, 12.6],
              [108.1, 12.6],
              [108.1, 12.7],
              [108, 12.6],
            ],
          ],
        }),
      },
      'productionZone { id } userErrors { field code }',
    );
  }

  // Tombstones for the change feeds: one record of each synced kind created, then deleted.
  const deleted = [
    [
      'createPilotModel',
      'CreatePilotModelInput',
      'pilotModel',
      'deletePilotModel',
      {
        code: 'MH-DELETED',
        name: 'Mô hình đã hủy',
        level: 'COMMUNE',
        administrativeUnitCode: HOME_UNIT,
        crop: 'RICE',
        hostKind: 'COOPERATIVE',
        hostName: 'HTX',
        hostAgencyCode: 'DAE',
        areaHa: 1,
        households: 1,
        startDate: '2026-03-01',
        practices: [],
      },
    ],
    [
      'recordTrainingEvent',
      'RecordTrainingEventInput',
      'trainingEvent',
      'deleteTrainingEvent',
      {
        kind: 'TRAINING',
        title: 'Tập huấn đã hủy',
        startDate: '2026-04-10',
        administrativeUnitCode: OTHER_UNIT,
        organisingAgencyCode: 'DAE',
        topics: ['LOW_EMISSION_CULTIVATION'],
        participants: { total: 10 },
      },
    ],
    [
      'createMaterial',
      'CreateMaterialInput',
      'material',
      'deleteMaterial',
      { kind: 'LEAFLET', title: 'Tờ rơi cũ', fileUrl: 'https://example.test/cu.pdf', administrativeUnitCode: HOME_UNIT },
    ],
    ['createCourse', 'CreateCourseInput', 'course', 'deleteCourse', { code: 'KH-DELETED', title: 'Khóa học đã hủy', lessons: [{ title: 'Bài 1' }] }],
    [
      'registerFarmerAccount',
      'RegisterFarmerAccountInput',
      'farmerAccount',
      'deleteFarmerAccount',
      {
        administrativeUnitCode: OTHER_UNIT,
        phone: '0912 999 999',
        consent: { accepted: true, noticeVersion: '2026-01' },
      },
    ],
    [
      'createOrganisation',
      'CreateOrganisationInput',
      'organisation',
      'deleteOrganisation',
      { kind: 'OTHER', name: 'Tổ chức đã xóa', administrativeUnitCode: HOME_UNIT },
    ],
    ['createCriteriaSet', 'CreateCriteriaSetInput', 'criteriaSet', 'deleteCriteriaSet', { crop: 'RICE', title: 'Dự thảo đã xóa' }],
    [
      'createProductionZone',
      'CreateProductionZoneInput',
      'productionZone',
      'deleteProductionZone',
      { code: 'VSX-DELETED', name: 'Vùng đã xóa', crop: 'RICE', administrativeUnitCodes: [HOME_UNIT], areaHa: 1, households: 1 },
    ],
  ] as const;
  for (const [create, inputType, field, remove, input] of deleted) {
    const created = await write(server, province, create, inputType, input, `${field} { id version } userErrors { field code }`);
    const { id, version } = created[field] as { id: string; version: number };
    await write(server, province, remove, 'DeleteRecordInput', { id, expectedVersion: version }, `${field} { id } userErrors { code }`);
  }
  await seedPlanningRegisters(server, province);
  await seedValueChain(server, province, cooperativeIds);
  return { admin };
}

/** Certifications (one granted label per cooperative, a zone's pending application) and OCOP products, one deleted (VI.2, VI.5). */
async function seedValueChain(server: TestServer, province: Headers, cooperativeIds: string[]): Promise<void> {
  const zones = await server.requestText<{ productionZones: { edges: { node: { id: string } }[] } }>(
    '{ productionZones(first: 1) { edges { node { id } } } }',
    {},
    {},
  );
  const apply = async (input: object) =>
    (
      (await write(server, province, 'applyForCertification', 'ApplyForCertificationInput', input, 'certification { id } userErrors { field code }'))
        .certification as { id: string }
    ).id;
  const decide = (id: string, expectedVersion: number, status: string, extra: object = {}) =>
    write(
      server,
      province,
      'decideCertification',
      'DecideCertificationInput',
      { id, expectedVersion, status, reason: 'Thẩm định', ...extra },
      'certification { id } userErrors { field code }',
    );
  for (const organisationId of cooperativeIds) {
    const id = await apply({ scheme: 'LOW_EMISSION_LABEL', organisationId, crops: ['COFFEE'], areaHa: 50 });
    await decide(id, 1, 'UNDER_REVIEW');
    await decide(id, 2, 'GRANTED', { validFrom: '2026-01-01', validTo: '2035-12-31', certificateNumber: `NPT-${id.slice(-6)}` });
    await write(
      server,
      province,
      'createOcopProduct',
      'CreateOcopProductInput',
      { name: 'Cà phê bột', crop: 'COFFEE', organisationId, starRating: 4, yearRated: 2026, reRatedOn: ['2029-05-01'] },
      'ocopProduct { id } userErrors { field code }',
    );
  }
  await apply({ scheme: 'VIETGAP', productionZoneId: zones.data!.productionZones.edges[0].node.id, crops: ['COFFEE'] });
  const gone = (
    await write(
      server,
      province,
      'createOcopProduct',
      'CreateOcopProductInput',
      { name: 'Sản phẩm đã xóa', organisationId: cooperativeIds[0], starRating: 3, yearRated: 2026 },
      'ocopProduct { id version } userErrors { field code }',
    )
  ).ocopProduct as { id: string; version: number };
  await write(
    server,
    province,
    'deleteOcopProduct',
    'DeleteRecordInput',
    { id: gone.id, expectedVersion: gone.version },
    'ocopProduct { id } userErrors { code }',
  );
}

/** Crop plans, conversions, planning reviews, programme integrations and infrastructure works (tasks II.1-II.3, III.1). */
async function seedPlanningRegisters(server: TestServer, province: Headers): Promise<void> {
  const create = (type: string, input: object) =>
    write(server, province, `create${type}`, `Create${type}Input`, input, `${type.charAt(0).toLowerCase()}${type.slice(1)} { id } userErrors { code }`);
  for (const unit of UNITS) {
    for (const crop of ['COFFEE', 'RICE']) await create('CropPlan', { administrativeUnitCode: unit, crop, year: 2026, plannedAreaHa: 120 });
    await create('CropConversion', { administrativeUnitCode: unit, year: 2026, fromCrop: 'CASSAVA', toCrop: 'DURIAN', areaHa: 4, status: 'DONE' });
    await create('PlanningReview', {
      planLevel: 'COMMUNE',
      administrativeUnitCode: unit,
      planTitle: 'Quy hoạch đất trồng trọt',
      planKind: 'CROP_LAND',
      reviewedOn: '2026-03-01',
      findings: 'Rà soát',
      proposals: ['AWD'],
    });
    for (const kind of ['ON_FARM_CANAL', 'DRYING_YARD']) {
      await create('InfrastructureWork', {
        administrativeUnitCode: unit,
        kind,
        name: `Công trình ${kind}`,
        areaServedHa: 40,
        enablesAlternateWettingDrying: kind === 'ON_FARM_CANAL',
        investmentVnd: 1_000_000_000,
      });
    }
  }
  await create('ProgrammeIntegration', { programmeName: 'Chương trình', ownerAgencyCode: 'DAE', criteria: ['Giảm phân đạm'], startYear: 2026, endYear: 2030 });
}
