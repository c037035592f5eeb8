/** The administration page's GraphQL operations (ADMIN only; the API refuses everyone else). */
import { graphql } from '../../gql';

export const ADMIN_DATA = graphql(`
  query AdminData {
    agencies {
      id
      name
      kind
    }
    panels {
      id
      name
      kind
      area
      areaCode
      memberAgencies {
        id
        name
      }
      settings {
        adultFemalePopulation
        bamePopulationShare
        expectedRanges {
          figure
          min
          max
        }
      }
    }
  }
`);

export const ADMIN_USERS = graphql(`
  query AdminUsers($after: String) {
    users(first: 100, after: $after) {
      id
      name
      email
      disabled
      globalRoles
      agency {
        id
        name
      }
      memberships {
        role
        panel {
          id
          name
        }
      }
    }
  }
`);

export const FAILED_NOTIFICATIONS = graphql(`
  query AdminFailedNotifications {
    failedNotifications(first: 100) {
      id
      kind
      recipient
      subject
      attempts
      createdAt
      failedAt
      lastError
    }
  }
`);

export const CREATE_AGENCY = graphql(`
  mutation AdminCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
      kind
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const DISABLE_USER = graphql(`
  mutation AdminDisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      id
      disabled
    }
  }
`);

export const CREATE_PANEL = graphql(`
  mutation AdminCreatePanel($input: CreatePanelInput!) {
    createPanel(input: $input) {
      id
    }
  }
`);

export const ADD_PANEL_MEMBER = graphql(`
  mutation AdminAddPanelMember($input: AddPanelMemberInput!) {
    addPanelMember(input: $input) {
      role
    }
  }
`);

export const REMOVE_PANEL_MEMBER = graphql(`
  mutation AdminRemovePanelMember($panelId: ID!, $userId: ID!) {
    removePanelMember(panelId: $panelId, userId: $userId)
  }
`);

export const UPDATE_PANEL_SETTINGS = graphql(`
  mutation AdminUpdatePanelSettings($input: PanelSettingsInput!) {
    updatePanelSettings(input: $input) {
      id
      settings {
        adultFemalePopulation
        bamePopulationShare
        expectedRanges {
          figure
          min
          max
        }
      }
    }
  }
`);

export const RETRY_NOTIFICATION = graphql(`
  mutation AdminRetryNotification($id: ID!) {
    retryNotification(id: $id) {
      id
    }
  }
`);

export const AGENCY_KINDS = [
  'POLICE',
  'IDVA',
  'CHILDRENS_SOCIAL_CARE',
  'ADULT_SOCIAL_CARE',
  'HEALTH',
  'MENTAL_HEALTH',
  'HOUSING',
  'PROBATION',
  'EDUCATION',
  'SUBSTANCE_MISUSE',
  'SPECIALIST_DA_SERVICE',
  'OTHER',
] as const;
export const GLOBAL_ROLES = ['ADMIN', 'STRATEGIC', 'AUDITOR', 'REFERRER'] as const;
export const PANEL_ROLES = ['COORDINATOR', 'CHAIR', 'AGENCY_REP'] as const;
export const PANEL_KINDS = ['MARAC', 'MATAC', 'HRAP'] as const;
