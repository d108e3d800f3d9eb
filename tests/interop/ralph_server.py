"""Test-only helper around the Ralph LRS, run as a subprocess with Ralph's environment set.

``python ralph_server.py auth USER PASSWORD HOMEPAGE FILE`` writes the credentials file that
``ralph auth -u USER -p PASSWORD -s all -A USER HOMEPAGE -w`` writes, made with Ralph's own models:
ralph's [cli] extra pins click<8.2.1 while sqlite-utils needs click>=8.3.1, so the CLI is not installed.

``python ralph_server.py serve PORT`` serves ``ralph.api:app`` on loopback. Ralph's filesystem
backend is a development backend that by default accepts only the first write to its file;
switching its default operation to APPEND before the app is imported makes it accept batch after
batch, as a production LRS does. Environment: RALPH_APP_DIR, RALPH_RUNSERVER_BACKEND=fs,
RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH.
"""

import sys


def auth(user: str, password: str, home_page: str, path: str) -> None:
    import bcrypt
    from ralph.api.auth.basic import ServerUsersCredentials, UserCredentials
    from ralph.models.xapi.base.agents import BaseXapiAgentWithAccount
    from ralph.models.xapi.base.ifi import BaseXapiAccount

    agent = BaseXapiAgentWithAccount(account=BaseXapiAccount(homePage=home_page, name=user), objectType="Agent")
    credentials = UserCredentials(
        username=user,
        hash=bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode("ascii"),
        scopes=["all"],
        agent=agent,
    )
    with open(path, "w", encoding="utf-8") as f:
        f.write(ServerUsersCredentials.model_validate([credentials]).model_dump_json(indent=2))


def serve(port: int) -> None:
    import uvicorn
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.data.fs import FSDataBackend

    FSDataBackend.default_operation_type = BaseOperationType.APPEND
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=port, log_level="warning", lifespan="off")


if __name__ == "__main__":
    if sys.argv[1] == "auth":
        auth(*sys.argv[2:6])
    else:
        serve(int(sys.argv[2]))
