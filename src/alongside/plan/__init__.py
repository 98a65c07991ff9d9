"""alongside.plan"""
