"""alongside.cli"""
