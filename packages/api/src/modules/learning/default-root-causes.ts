/**
 * The root-cause taxonomy every new organisation starts with; an admin extends it. Grouped as
 * complaints managers usually analyse them: what went wrong in the process, in people's
 * conduct or communication, in policy, in resources, or outside the organisation's control.
 */
export const DEFAULT_ROOT_CAUSES: { name: string; description: string; children: string[] }[] = [
  {
    name: 'Process or procedure',
    description: 'The way the work is organised led to the problem',
    children: [
      'Procedure not followed',
      'Procedure unclear or missing',
      'Handover between teams',
      'Delay in processing',
    ],
  },
  {
    name: 'Communication',
    description: 'What we told the customer, or did not',
    children: ['Information wrong or incomplete', 'No update given', 'Not listened to'],
  },
  {
    name: 'Staff conduct or knowledge',
    description: 'How staff behaved or what they knew',
    children: ['Attitude or behaviour', 'Training need', 'Error by staff'],
  },
  {
    name: 'Policy',
    description: 'The policy itself produced an outcome the customer disputes',
    children: ['Policy disputed', 'Policy applied inconsistently'],
  },
  {
    name: 'Resources',
    description: 'Capacity, systems or contractors',
    children: ['Staffing or capacity', 'IT system', 'Contractor performance'],
  },
  {
    name: 'External factors',
    description: 'Outside our control (weather, supply chain, another body)',
    children: [],
  },
];
