from parallax.cli import app

app()
