import { dispatch } from '../../shared/http/dispatch.ts';
import * as applyPolicyPack from './apply-policy-pack.ts';
import * as cancelPolicyVersion from './cancel-policy-version.ts';
import * as getPolicy from './get-policy.ts';
import * as listPolicies from './list-policies.ts';
import * as listPolicyPacks from './list-policy-packs.ts';
import * as schedulePolicy from './schedule-policy.ts';

export const handler = dispatch([listPolicies, getPolicy, schedulePolicy, cancelPolicyVersion, listPolicyPacks, applyPolicyPack]);
