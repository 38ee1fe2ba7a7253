"""Writes ``email-field-report.eml``, the sample message with an attachment.

The .eml is what ships; this script is kept so the message can be regenerated after an
edit to its text. Headers, the date and the MIME boundary are fixed, so the output is
byte-for-byte the same on every run and the sample's sha256 never drifts.

Run: ``python -m dossier.sample.make_eml``
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

EML_PATH = Path(__file__).with_name("email-field-report.eml")

BODY = """\
Dear Min-ji,

As promised, here is the first transcript from this week's interviews in
Yanji. The interviewee (W-0131) is a woman in her forties who was returned
from China through Tumen and Namyang in June 2016 and held by the State
Security Department in Onsong for about five weeks before she was sent to
the labour training camp in her home county.

She is willing for her account to be used in the detention report, but only
under the pseudonym and without the name of her village. Please keep the
audio on the encrypted drive; I have deleted my copy.

I will send the remaining two transcripts on Friday, once the translations
are checked.

Best regards,
Jae-sung Lim
Field Researcher
"""

ATTACHMENT = """\
Transcript excerpt: interview with W-0131
Recorded 9 April 2024, Yanji. Translated from Korean by J. Lim.

Q: What happened when you arrived at the Onsong security office?
A: They put about twenty of us in one room. We had to sit with our legs crossed and our
heads down from six in the morning until ten at night. If you lifted your head, the
guard hit you with his belt.

Q: Were you questioned?
A: Every second day. The investigator wanted to know who had helped me cross and
whether I had been to a church in China. When I said I had only worked in a pig farm
near Longjing, he slapped me and said I was lying.

Q: Did you see anyone being mistreated?
A: An older woman from Musan (무산) had swollen legs and could not sit properly. They
made her stand in the corridor all night. In the morning she could not walk.

Q: How long were you held there?
A: From the middle of June until the end of July 2016, about five weeks. Then they sent
me to the labour training camp for six months.
"""


def build_message() -> EmailMessage:
    """The sample message: a short plain-text body and the transcript as a .txt file."""
    message = EmailMessage(policy=SMTP)
    message["From"] = "Jae-sung Lim <j.lim@fieldwork.example.org>"
    message["To"] = "Min-ji Park <mj.park@documentation.example.org>"
    message["Subject"] = "Field report: Yanji interviews, transcript 1 of 3"
    message["Date"] = "Thu, 11 Apr 2024 18:42:07 +0800"
    message["Message-ID"] = "<20240411104207.w0131@fieldwork.example.org>"
    message.set_content(BODY)
    message.add_attachment(
        ATTACHMENT, filename="transcript-w0131-excerpt.txt", cte="base64"
    )
    message.set_boundary("==dossier-sample-boundary-w0131==")
    return message


def main() -> None:
    EML_PATH.write_bytes(build_message().as_bytes())


if __name__ == "__main__":
    main()
