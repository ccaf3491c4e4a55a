import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';

/**
 * The new images of the stream records inserting items of one entity. Records are selected on
 * `entity` before unmarshalling, so an item this consumer does not care about can never fail its
 * batch (DynamoDB Local's stream client returns an empty map as `{}` rather than `{M:{}}`).
 */
export function insertedImages(event: DynamoDBStreamEvent, entity: string): Record<string, unknown>[] {
  return event.Records.filter((r) => r.eventName === 'INSERT' && r.dynamodb?.NewImage?.entity?.S === entity).map((r) =>
    unmarshall(withTypedEmptyMaps(r.dynamodb!.NewImage!) as Record<string, AttributeValue>),
  );
}

function withTypedEmptyMaps(image: Record<string, unknown>): Record<string, unknown> {
  const fix = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    if (Object.keys(value).length === 0) return { M: {} };
    const v = value as Record<string, unknown>;
    if (v.M && typeof v.M === 'object') return { M: withTypedEmptyMaps(v.M as Record<string, unknown>) };
    if (Array.isArray(v.L)) return { L: v.L.map(fix) };
    return value;
  };
  return Object.fromEntries(Object.entries(image).map(([k, v]) => [k, fix(v)]));
}
