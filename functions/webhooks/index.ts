import { dispatch } from '../../shared/http/dispatch.ts';
import * as createWebhook from './create-webhook.ts';
import * as deleteWebhook from './delete-webhook.ts';
import * as getWebhookDelivery from './get-webhook-delivery.ts';
import * as getWebhook from './get-webhook.ts';
import * as listEvents from './list-events.ts';
import * as listWebhookDeliveries from './list-webhook-deliveries.ts';
import * as listWebhooks from './list-webhooks.ts';
import * as redeliverWebhookDelivery from './redeliver-webhook-delivery.ts';
import * as rotateWebhookSecret from './rotate-webhook-secret.ts';
import * as testWebhook from './test-webhook.ts';
import * as updateWebhook from './update-webhook.ts';

export const handler = dispatch([createWebhook, listWebhooks, getWebhook, updateWebhook, deleteWebhook, rotateWebhookSecret, testWebhook, listWebhookDeliveries, getWebhookDelivery, redeliverWebhookDelivery, listEvents]);
