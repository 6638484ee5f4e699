from vimmerse_mock.cli import main

main()
