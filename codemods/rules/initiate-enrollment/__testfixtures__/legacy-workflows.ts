// The onboarding team's workflow ids (a module other code imports).
export const enum LegacyWorkflow {
  IdCameraOnly = 101,
  IdAndIdentityCameraOnly = 201,
}
