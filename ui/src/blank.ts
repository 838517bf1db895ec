// A new, empty draft in the core's format (half-finished drafts are valid files; the core
// reports what is missing).
import type { DomainEntry, Draft, Person, PreviousFiling, Website } from "./generated/types";

export function blankPerson(): Person {
  return {
    name: "",
    id: { kind: "resident-id-card", number: "", validity: { start: null, end: null, long_term: false } },
    mobile: "",
    landline: "",
    email: "",
  };
}

export function blankDomain(): DomainEntry {
  return {
    name: "",
    holder_name: "",
    holder_kind: null,
    registrar: "",
    registrar_in_mainland: true,
    expiry: null,
    real_name_verified: null,
  };
}

export function blankPreviousFiling(): PreviousFiling {
  return { filing_number: "", website_name: "", domain: "" };
}

export function blankWebsite(): Website {
  return {
    name: "",
    domains: [blankDomain()],
    home_page: "",
    access_provider: "",
    ips: [],
    service_content: "organisation-portal",
    description: "",
    preapprovals: [],
    not_involved: [],
    languages: ["zh-Hans"],
    principal: blankPerson(),
  };
}

export function blankDraft(): Draft {
  return {
    schema_version: 1,
    application: {
      kind: "first-filing",
      province: "guangdong",
      planned_submission: null,
      filing_number: "",
      previous_filings: [],
      remark: "",
    },
    entity: {
      kind: "enterprise",
      name: "",
      certificate: {
        kind: "business-licence",
        number: "",
        validity: { start: null, end: null, long_term: false },
      },
      certificate_address: { province: "guangdong", city: "", district: "", detail: "" },
      mailing_address: { province: "guangdong", city: "", district: "", detail: "" },
      investor: "",
      legal_representative: "",
      business_scope: "",
      principal: blankPerson(),
      emergency_contact: { name: "", mobile: "", relation: "" },
    },
    websites: [blankWebsite()],
  };
}
