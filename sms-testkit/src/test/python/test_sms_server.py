"""The README's Python example: a pytest suite driving the standalone in-memory SMS with requests.

Run against a server started from the jar, e.g.
    java -jar sms-testkit/target/sms-testkit-0.2.0-SNAPSHOT-server.jar --port 8089 --start-date 2026-03-02 &
    SMS_URL=http://127.0.0.1:8089 python3 -m pytest -q sms-testkit/src/test/python
"""
import os

import jsonschema
import pytest
import requests

BASE = os.environ.get("SMS_URL", "http://127.0.0.1:8089")
NEW_PASSWORD = "ApP1e5!Orchard=2026"


@pytest.fixture
def sponsor():
    """A fresh Skilled Worker sponsor with one CoS, its Level 1 user signed in and the first password changed."""
    assert requests.post(f"{BASE}/api/control/reset").status_code == 204
    grant = requests.post(f"{BASE}/api/control/scenarios/sponsors",
                          json={"kind": "SKILLED_WORKER", "licenceNumber": "QHDGH001X", "allocation": 1})
    assert grant.status_code == 201
    g = grant.json()
    login = requests.post(f"{BASE}/api/session", json={"userId": g["level1"], "password": g["initialPassword"]})
    assert login.status_code == 200
    assert login.json()["value"]["mustChangePassword"] is True
    token = login.json()["value"]["session"]
    auth = {"Authorization": f"Bearer {token}"}
    changed = requests.post(f"{BASE}/api/session/password", headers=auth,
                            json={"currentPassword": g["initialPassword"], "newPassword": NEW_PASSWORD,
                                  "confirmation": NEW_PASSWORD})
    assert changed.status_code == 200
    return {"user": g["level1"], "auth": auth}


def test_three_wrong_passwords_lock_the_account(sponsor):
    for _ in range(3):
        r = requests.post(f"{BASE}/api/session", json={"userId": sponsor["user"], "password": "Wrong-password-1"})
        assert r.status_code == 401
        assert r.headers["Content-Type"] == "application/problem+json"
    locked = requests.post(f"{BASE}/api/session", json={"userId": sponsor["user"], "password": NEW_PASSWORD})
    assert "login.ACCOUNT_LOCKED" in locked.json()["codes"]
    requests.post(f"{BASE}/api/control/clock/advance", json={"by": "PT30M"})
    assert requests.post(f"{BASE}/api/session",
                         json={"userId": sponsor["user"], "password": NEW_PASSWORD}).status_code == 200


def test_a_weak_password_is_refused_with_every_reason(sponsor):
    r = requests.post(f"{BASE}/api/session/password", headers=sponsor["auth"],
                      json={"currentPassword": NEW_PASSWORD, "newPassword": "short", "confirmation": "short"})
    assert r.status_code == 422
    assert {"password.TOO_SHORT", "password.NO_DIGIT", "password.NO_SPECIAL"} <= set(r.json()["codes"])


def test_bad_input_is_a_problem_and_the_server_keeps_serving(sponsor):
    r = requests.post(f"{BASE}/api/certificates", headers={**sponsor["auth"], "Content-Type": "application/json"},
                      data="{not json")
    assert r.status_code == 400
    assert r.json()["type"] == "urn:sponsorsdk:problem:malformed-json"
    assert requests.patch(f"{BASE}/api/certificates", headers=sponsor["auth"]).status_code == 405
    assert requests.get(f"{BASE}/api/users", headers=sponsor["auth"]).status_code == 200


def answer_schema(doc, path, method, status):
    """The JSON schema of an answer, as one schema document: the document's components beside it for its $refs."""
    schema = doc["paths"][path][method]["responses"][str(status)]["content"]["application/json"]["schema"]
    return jsonschema.Draft202012Validator(
        {"$schema": doc["jsonSchemaDialect"], "allOf": [schema], "components": doc["components"]})


def test_the_openapi_document_gives_the_shape_of_the_answers(sponsor):
    doc = requests.get(f"{BASE}/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    licence = requests.get(f"{BASE}/api/licence", headers=sponsor["auth"])
    assert licence.status_code == 200
    answer_schema(doc, "/api/licence", "get", 200).validate(licence.json())
    users = requests.get(f"{BASE}/api/users", headers=sponsor["auth"])
    validator = answer_schema(doc, "/api/users", "get", 200)
    validator.validate(users.json())
    # The schema is no formality: a user without its ID, or with a field the SDK never writes, does not pass.
    user = users.json()["value"][0]
    assert not validator.is_valid({**users.json(), "value": [{k: v for k, v in user.items() if k != "userId"}]})
    assert not validator.is_valid({**users.json(), "value": [{**user, "nickname": "Flo"}]})
