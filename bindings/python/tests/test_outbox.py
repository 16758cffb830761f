"""The notification outbox through the C ABI (ejournal.deliver_due): an approval's invitation
e-mail delivered to a notifier that collects e-mails; a notifier that raises (a temporary failure,
recorded and retried), one that rejects (given up), one interrupted; and bad policies."""

import datetime

import pytest

import ejournal
from ejournal import DeliveryPolicy, DeliveryRejected, InvalidError
from test_onboarding import BASE_URL, EDRPOU_A, NOW, URIS, Platform

MINUTE = datetime.timedelta(minutes=1)


class Mailbox:
    """A notifier that collects the e-mails it is handed, or fails as told."""

    def __init__(self, failure=None):
        self.failure = failure
        self.seen = []

    def __call__(self, notification):
        self.seen.append(notification)
        if self.failure is not None:
            raise self.failure


@pytest.fixture(params=URIS)
def approved(request):
    """A platform with one approved request, whose invitation e-mail waits in the outbox."""
    with ejournal.open(request.param, pool_size=1) as store:
        platform = Platform(store)
        id = platform.submit(EDRPOU_A)
        platform.approval = ejournal.approve_connection_request(
            store, platform.operator, id, 1, base_url=BASE_URL, now=NOW)
        yield platform


def test_the_invitation_email_is_delivered_once(approved):
    sent = []
    report = ejournal.deliver_due(approved.store, sent.append, now=NOW)
    assert report == ejournal.DeliveryReport(delivered=1, retried=0, failed=0, skipped=0)
    [email] = sent
    assert (email.channel, email.recipient) == ("email", "Olena.Admin@school.example.ua")
    assert email.institution == approved.approval.institution
    assert email.idempotency_key.startswith(f"invitation:{approved.approval.invitation}:")
    assert f"{BASE_URL}?token={approved.approval.token}" in email.body
    assert email.subject and email.attempt == 1
    assert ejournal.deliver_due(approved.store, sent.append, now=NOW + 60 * MINUTE).delivered == 0
    assert len(sent) == 1


def test_an_exception_is_a_temporary_failure_retried_later(approved):
    busy = Mailbox(ConnectionError("451 mailbox busy"))
    assert ejournal.deliver_due(approved.store, busy, now=NOW).retried == 1
    # Not due again before the first retry delay (one minute).
    assert ejournal.deliver_due(approved.store, busy, now=NOW).retried == 0
    working = Mailbox()
    assert ejournal.deliver_due(approved.store, working, now=NOW + 2 * MINUTE).delivered == 1
    assert [mail.attempt for mail in busy.seen + working.seen] == [1, 2]
    assert busy.seen[0].idempotency_key == working.seen[0].idempotency_key


def test_a_rejection_gives_up_at_once(approved):
    mailbox = Mailbox(DeliveryRejected("550 no such mailbox"))
    assert ejournal.deliver_due(approved.store, mailbox, now=NOW).failed == 1
    assert ejournal.deliver_due(approved.store, mailbox, now=NOW + 600 * MINUTE).failed == 0
    assert len(mailbox.seen) == 1


def test_attempts_run_out(approved):
    policy = DeliveryPolicy(max_attempts=2, first_retry_delay=MINUTE, max_retry_delay=MINUTE)
    mailbox = Mailbox(RuntimeError("x" * 2000))  # longer than the error buffer: cut, no crash
    reports = [ejournal.deliver_due(approved.store, mailbox, now=NOW + n * 2 * MINUTE,
                                    policy=policy) for n in range(3)]
    assert [(r.retried, r.failed) for r in reports] == [(1, 0), (0, 1), (0, 0)]


def test_an_interrupt_is_recorded_then_raised_again(approved):
    with pytest.raises(KeyboardInterrupt):
        ejournal.deliver_due(approved.store, Mailbox(KeyboardInterrupt()), now=NOW)
    # Recorded as a temporary failure: due again after the delay, not before.
    assert ejournal.deliver_due(approved.store, Mailbox(), now=NOW).delivered == 0
    assert ejournal.deliver_due(approved.store, Mailbox(), now=NOW + 2 * MINUTE).delivered == 1


def test_bad_policies_and_arguments(approved):
    mailbox = Mailbox()
    for policy, message in [(DeliveryPolicy(batch_limit=0), "batch_limit"),
                            (DeliveryPolicy(max_attempts=0), "max_attempts"),
                            (DeliveryPolicy(first_retry_delay=datetime.timedelta(0)),
                             "first_retry_delay"),
                            (DeliveryPolicy(max_retry_delay=datetime.timedelta(seconds=1)),
                             "max_retry_delay")]:
        with pytest.raises(InvalidError, match=message):
            ejournal.deliver_due(approved.store, mailbox, policy=policy)
    with pytest.raises(TypeError, match="callable"):
        ejournal.deliver_due(approved.store, "smtp")
    with pytest.raises(TypeError, match="DeliveryPolicy"):
        ejournal.deliver_due(approved.store, mailbox, policy={"batch_limit": 1})
    with pytest.raises(TypeError, match="timedelta"):
        ejournal.deliver_due(approved.store, mailbox, policy=DeliveryPolicy(first_retry_delay=60))
    with pytest.raises(TypeError, match="Store"):
        ejournal.deliver_due(None, mailbox)
    assert mailbox.seen == []
