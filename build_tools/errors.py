"""Our own error type: a content problem at a file and line."""


class SourceError(Exception):
    def __init__(self, path, line: int, message: str):
        super().__init__(path, line, message)
        self.path, self.line, self.message = str(path), line, message

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"
