import { dispatch } from '../../shared/http/dispatch.ts';
import * as answerPublicSurvey from './answer-public-survey.ts';
import * as campaignAction from './campaign-action.ts';
import * as createCampaign from './create-campaign.ts';
import * as getCampaign from './get-campaign.ts';
import * as getPublicSurvey from './get-public-survey.ts';
import * as listCampaigns from './list-campaigns.ts';
import * as listInvitations from './list-invitations.ts';
import * as recordInterview from './record-interview.ts';
import * as updateCampaign from './update-campaign.ts';

export const handler = dispatch([createCampaign, listCampaigns, getCampaign, updateCampaign, campaignAction, listInvitations, recordInterview, getPublicSurvey, answerPublicSurvey]);
