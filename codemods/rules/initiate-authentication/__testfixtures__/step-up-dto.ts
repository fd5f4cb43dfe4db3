// A class-validator DTO of the app, in the legacy initiate answer's shape (read by response-type-imported-class).
declare function IsUrl(): PropertyDecorator;
declare function IsUUID(): PropertyDecorator;

export class FaceLoginStartedDto {
  @IsUrl()
  redirectUrl!: string;

  @IsUUID()
  transactionReference!: string;

  timestamp!: string;
}
