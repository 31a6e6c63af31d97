"""Adapters over AWS services. Each takes its boto3 client in the constructor."""
