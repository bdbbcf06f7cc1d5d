import { gql } from '@apollo/client';

export const AUDIT_LOG = gql`
  query AuditLog(
    $actorId: ID
    $entity: String
    $operation: String
    $from: LocalDate
    $to: LocalDate
    $offset: Int
  ) {
    auditLog(
      actorId: $actorId
      entity: $entity
      operation: $operation
      from: $from
      to: $to
      offset: $offset
      limit: 50
    ) {
      totalCount
      items {
        id
        at
        actorName
        operation
        entity
        entityId
        changes
      }
    }
  }
`;

export const AUDIT_CHOICES = gql`
  query AuditChoices {
    auditChoices {
      actors {
        id
        name
      }
      entities
      operations
    }
  }
`;

export const AUDIT_LOG_CSV = gql`
  query AuditLogCsv(
    $actorId: ID
    $entity: String
    $operation: String
    $from: LocalDate
    $to: LocalDate
  ) {
    auditLogCsv(actorId: $actorId, entity: $entity, operation: $operation, from: $from, to: $to) {
      filename
      content
      rowCount
      truncated
    }
  }
`;
