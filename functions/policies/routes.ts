import { Items } from '../../shared/contract/common.ts';
import {
  AppliedPack,
  ApplyPackBody,
  PackParams,
  POLICY_ADMINS,
  POLICY_READERS,
  PolicyPackView,
  PolicySectionView,
  SchedulePolicyBody,
  SectionParams,
  SectionQuery,
  VersionParams,
} from '../../shared/contract/policies.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['policies'];

export const listPolicies = defineRoute({
  method: 'GET',
  path: '/v1/policies',
  summary: 'Every policy section of the tenant: the values in force, the defaults with their sources, scheduled changes and the history',
  access: POLICY_READERS,
  query: SectionQuery,
  responses: { 200: Items(PolicySectionView) },
  tags,
});

export const getPolicy = defineRoute({
  method: 'GET',
  path: '/v1/policies/{section}',
  summary: 'One policy section; `at` gives the version in force at that instant (default now)',
  access: POLICY_READERS,
  params: SectionParams,
  query: SectionQuery,
  responses: { 200: PolicySectionView },
  tags,
});

export const schedulePolicy = defineRoute({
  method: 'PUT',
  path: '/v1/policies/{section}',
  summary: 'Schedule a new version of a section (admin): every value, validated against the section\'s schema, taking effect at `effectiveFrom` (now or later); earlier versions are kept',
  access: POLICY_ADMINS,
  params: SectionParams,
  body: SchedulePolicyBody,
  responses: { 200: PolicySectionView },
  tags,
});

export const cancelPolicyVersion = defineRoute({
  method: 'DELETE',
  path: '/v1/policies/{section}/versions/{versionId}',
  summary: 'Cancel a scheduled version that has not taken effect yet (admin); a version in force or past stays in the history',
  access: POLICY_ADMINS,
  params: VersionParams,
  responses: { 200: PolicySectionView },
  tags,
});

export const listPolicyPacks = defineRoute({
  method: 'GET',
  path: '/v1/policy-packs',
  summary: 'Regulation packs: named sets of policy values (national rules, a province\'s rules), each value with its source',
  access: POLICY_READERS,
  responses: { 200: Items(PolicyPackView) },
  tags,
});

export const applyPolicyPack = defineRoute({
  method: 'POST',
  path: '/v1/policy-packs/{pack}/apply',
  summary: 'Apply a pack (admin): one new version of each section it sets, over the values in force then, all taking effect at `effectiveFrom`',
  access: POLICY_ADMINS,
  params: PackParams,
  body: ApplyPackBody,
  idempotent: true,
  responses: { 201: AppliedPack },
  tags,
});
