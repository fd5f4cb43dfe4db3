<?php
// src/Controller/KycReturnController.php — Symfony route for the Netverify identity check's success/error URL.
namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class KycReturnController extends AbstractController
{
    #[Route('/kyc/return', name: 'kyc_return', methods: ['GET'])]
    public function __invoke(Request $request): Response
    {
        $status = $request->query->get('transactionStatus');
        $reference = $request->query->get('transactionReference');
        $errorCode = $request->query->getInt('errorCode');

        return $this->render('kyc/return.html.twig', [
            'verified' => $status === 'SUCCESS',
            'reference' => $reference,
            'errorCode' => $errorCode,
        ]);
    }
}
