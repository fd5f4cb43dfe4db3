// The credit union's letter templates (a stand-in for the customer's own module: it lays out a PDF letter from the
// values it is given).

export async function renderReverificationLetter(member, { qrTarget, validDays }) {
  return { memberId: member.id, pages: 1, qrTarget, validDays };
}
