"""alongside.coach"""
