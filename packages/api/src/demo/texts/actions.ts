/** Word lists for the demo data: improvement actions and their progress, evidence and effect. */

export interface ActionTemplate {
  title: string;
  description: string;
  publicSummary: string;
}

/** Improvement actions by root cause name ("you said, we did" in plain language). */
export const ACTION_TEMPLATES: Record<string, readonly ActionTemplate[]> = {
  'Contractor performance': [
    {
      title: 'Contractor appointment slots',
      description:
        'Require the repairs contractor to offer morning or afternoon slots and to phone ahead.',
      publicSummary:
        'You told us contractors did not turn up when expected. We changed how we book repair appointments: you now choose a morning or afternoon slot and get a phone call before the visit.',
    },
    {
      title: 'Contractor quality checks',
      description:
        'Post-inspect one in ten completed repairs and share the results at the monthly contract meeting.',
      publicSummary:
        'You told us some repairs were not done properly. We now check one in every ten repairs after the work is finished.',
    },
  ],
  'Delay in processing': [
    {
      title: 'Repairs backlog review',
      description:
        'Weekly review of repairs open more than 20 working days, with escalation to the repairs manager.',
      publicSummary:
        'You told us repairs took too long. We now review every repair that has been open for a month, every week.',
    },
  ],
  'No update given': [
    {
      title: 'Text message updates',
      description: 'Send automatic text updates when a case changes status.',
      publicSummary:
        'You told us we did not keep you informed. We now send a text message whenever there is news about your case.',
    },
    {
      title: 'Named officer for each case',
      description: 'Give each case a named officer and include their direct line in every letter.',
      publicSummary:
        'You told us you did not know who was dealing with your case. Every case now has a named officer whose direct number is on our letters.',
    },
  ],
  'Handover between teams': [
    {
      title: 'Joint handover checklist',
      description: 'Checklist for cases passed between the housing and repairs teams.',
      publicSummary:
        'You told us things got lost between teams. We introduced a checklist so nothing is missed when a case moves between teams.',
    },
  ],
  'Error by staff': [
    {
      title: 'Refresher training',
      description: 'Refresher training on account adjustments for the rents team.',
      publicSummary:
        'You told us mistakes were made on your account. Our staff have had refresher training and we double-check adjustments.',
    },
  ],
  'Information wrong or incomplete': [
    {
      title: 'Rewrite standard letters',
      description: "Rewrite the standard letters in plain English with the tenants' panel.",
      publicSummary:
        "You told us our letters were confusing. We rewrote them in plain English with help from our tenants' panel.",
    },
  ],
  'IT system': [
    {
      title: 'Fix payment matching',
      description: 'Correct the rule that failed to match payments with a reference missing.',
      publicSummary:
        'You told us payments were not showing on your rent account. We fixed the system so payments are matched correctly.',
    },
  ],
  'Policy disputed': [
    {
      title: 'Review of the policy',
      description: 'Review the policy with tenants and publish the outcome.',
      publicSummary:
        'You told us our policy seemed unfair. We reviewed it with tenants and published clearer guidance on how it works.',
    },
  ],
  'Policy applied inconsistently': [
    {
      title: 'Guidance for officers',
      description: 'Issue guidance and worked examples so officers apply the policy the same way.',
      publicSummary:
        'You told us decisions were not consistent. We gave our officers clear guidance so everyone is treated the same way.',
    },
  ],
  'Procedure not followed': [
    {
      title: 'Procedure reminder and spot checks',
      description: 'Brief teams on the procedure and spot-check five cases a month.',
      publicSummary:
        'You told us we did not follow our own procedure. We briefed our teams and now check cases every month.',
    },
  ],
  'Procedure unclear or missing': [
    {
      title: 'Write the missing procedure',
      description: 'Write and publish a procedure for bulk uplifts and fly-tipping.',
      publicSummary:
        'You told us it was unclear how we deal with fly-tipping. We wrote a clear procedure and published it on our website.',
    },
  ],
  'Not listened to': [
    {
      title: 'Listening skills training',
      description: 'Training for frontline staff on handling distressed callers.',
      publicSummary:
        'You told us you did not feel listened to. Our frontline staff have had training on listening and on handling difficult situations.',
    },
  ],
  'Attitude or behaviour': [
    {
      title: 'Customer service standards',
      description: 'Agree service standards with staff and include them in supervision.',
      publicSummary:
        'You told us some staff were not polite. We agreed customer service standards with our staff and check them in supervision.',
    },
  ],
  'Training need': [
    {
      title: 'Training for new starts',
      description: 'Add complaints handling to the induction for new starts.',
      publicSummary:
        'You told us staff did not always know how to help. New staff now learn about complaints handling in their first week.',
    },
  ],
  'Staffing or capacity': [
    {
      title: 'Call handling at peak times',
      description: 'Move two officers to the phones on Monday mornings.',
      publicSummary:
        'You told us you could not get through on the phone. We now have more staff answering calls on Monday mornings, our busiest time.',
    },
  ],
  'External factors': [
    {
      title: 'Severe weather plan',
      description: 'Plan for prioritising heating repairs during severe weather.',
      publicSummary:
        'You told us heating repairs took too long in the cold spell. We made a severe weather plan that puts vulnerable households first.',
    },
  ],
};

export const GENERIC_ACTION: readonly ActionTemplate[] = [
  {
    title: 'Learning review',
    description: 'Review the cases together and agree what to change.',
    publicSummary:
      'You told us about a problem with this service. We reviewed the complaints together and changed how we work.',
  },
];

export const PROGRESS_NOTES = [
  'Met with the team to plan the change.',
  'Draft prepared and shared with the manager.',
  'Pilot started in one area.',
  "Feedback gathered from tenants' panel.",
  'Change rolled out to all teams.',
  'Waiting for the contractor to confirm the new arrangements.',
];

export const EVIDENCE = [
  'New procedure published on the intranet; briefing notes attached.',
  "Contract variation signed; first month's report attached.",
  'Training attendance list and materials.',
  'System change tested and released; test record attached.',
  'Revised letters in use since the completion date.',
];

export const EFFECT_NOTES: Record<string, readonly string[]> = {
  effective: [
    'No further complaints on this issue during monitoring.',
    'Complaints on this issue fell sharply during monitoring.',
  ],
  partly_effective: [
    'Fewer complaints, but some still arise in one area.',
    'Improvement seen; a follow-up action is proposed.',
  ],
  not_effective: [
    'Complaints continued at the same level; a new action is needed.',
    'The change was not followed consistently.',
  ],
};

export const CANCEL_REASONS = [
  'Superseded by a wider service review.',
  'Duplicate of another action.',
  'The contract ended, so the action no longer applies.',
];

export const LEARNING_SHARED = [
  'Shared at the team meeting and in the staff newsletter.',
  'Discussed at the quarterly learning forum.',
  'Included in the induction pack.',
];
