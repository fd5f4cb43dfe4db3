// Workflow ids of the vendor's v4 initiate, as the onboarding team documented them for every app that starts an ID
// check (a const enum: the ids are inlined where they are used).
export const enum NetverifyWorkflow {
  IdCameraAndUpload = 100,
  IdCameraOnly = 101,
  IdUploadOnly = 102,
  IdAndIdentityCameraAndUpload = 200,
  IdAndIdentityCameraOnly = 201,
  IdAndIdentityUploadOnly = 202,
}
