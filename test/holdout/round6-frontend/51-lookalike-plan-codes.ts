// Internal product codes of our subscription plans (billing system export).
export enum PlanCode {
  Starter = 9100,
  Team = 9200,
  TeamAnnual = 9210,
  Business = 9300,
  BusinessAnnual = 9400,
  Enterprise = 9800,
  EnterpriseAnnual = 9801,
  Partner = 9820,
  Reseller = 9821,
  Legacy = 9836,
}

export const DISCOUNTED = new Set([PlanCode.TeamAnnual, PlanCode.BusinessAnnual, PlanCode.Legacy]);
