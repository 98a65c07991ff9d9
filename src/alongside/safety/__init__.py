"""alongside.safety"""
