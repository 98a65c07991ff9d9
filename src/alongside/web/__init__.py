"""alongside.web"""
